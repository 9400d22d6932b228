#include "lib/common/completion_table.h"

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
