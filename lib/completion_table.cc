#include "completion_table.h"

#include <set>
#include <utility>

namespace solnet {

namespace {

std::string_view kind_name(ArgKind k) {
  switch (k) {
    case ArgKind::none: return "";
    case ArgKind::word: return "word";
    case ArgKind::number: return "number";
    case ArgKind::address: return "address";
    case ArgKind::netmask: return "netmask";
    case ArgKind::interface: return "interface";
    case ArgKind::ether: return "ether";
    case ArgKind::host: return "host";
    case ArgKind::file: return "file";
    case ArgKind::choice: return "choice";
  }
  return "";
}

}  // namespace

CompletionRow keyword_row(std::string_view state, const KeywordInfo& k, std::string_view next) {
  const bool takes = k.arg == Arg::required;
  return {std::string(state),
          std::string(k.name),
          std::string(takes ? kind_name(k.kind) : ""),
          std::string(takes ? k.choices : ""),
          std::string(next),
          std::string(k.help)};
}

Result<std::vector<CompletionRow>> completion_rows(std::string_view command) {
  std::vector<CompletionRow> all;
  if (command == "ifconfig") all = ifconfig_completion_rows();
  else if (command == "arp") all = arp_completion_rows();
  else if (command == "route") all = route_completion_rows();
  else return error(std::string(command) + ": no completion table for this command");
  // A word two tables spell alike (arp's --json) is offered once.
  std::vector<CompletionRow> rows;
  std::set<std::pair<std::string, std::string>> seen;
  for (auto& r : all)
    if (seen.emplace(r.state, r.word).second) rows.push_back(std::move(r));
  return rows;
}

Result<std::string> completion_table_text(const std::vector<CompletionRow>& rows) {
  std::string out;
  for (const auto& r : rows) {
    for (const std::string* f : {&r.state, &r.word, &r.kind, &r.choices, &r.next, &r.help})
      if (f->find_first_of("|\n") != std::string::npos)
        return error(r.state + " " + r.word + ": '|' or a newline in a completion field: " + *f);
    out += r.state + "|" + r.word + "|" + r.kind + "|" + r.choices + "|" + r.next + "|" + r.help + "\n";
  }
  return out;
}

}  // namespace solnet
