// arp's completion rows. Options go anywhere (net-tools reads them with
// getopt_long), so every state has them; -s and -d are followed by HOST
// (and -s by MAC) and then the keywords their table allows.
#include "lib/arp/completion.h"

#include "lib/arp/keywords.h"
#include "lib/arp/options.h"
#include "lib/common/cli_options.h"

namespace solnet {

namespace {

struct ArpState {
  std::string_view name;
  std::string_view positional;  // what the "*" row stands for ("" none)
  std::string_view after;       // the state after the positional word
  bool ArpModifier::*allows;    // the keywords offered here, or null
};

constexpr ArpState kStates[] = {
    {"start", "", "", nullptr},
    {"set_host", "host", "set_mac", nullptr},
    {"set_mac", "ether", "set", nullptr},
    {"set", "", "", &ArpModifier::set},
    {"del_host", "host", "del", nullptr},
    {"del", "", "", &ArpModifier::del},
};

std::string_view next_state(ArpOpt id) {
  if (id == ArpOpt::set) return "set_host";
  if (id == ArpOpt::del) return "del_host";
  return "";
}

}  // namespace

std::vector<CompletionRow> arp_completion_rows() {
  std::vector<CompletionRow> rows;
  for (const auto& s : kStates) {
    for (const auto& o : arp_options()) {
      std::vector<std::string> spellings{std::string(o.info.name)};
      for (char c : o.aliases) spellings.push_back(std::string("-") + c);
      if (!o.long_name.empty() && o.info.name != "--" + std::string(o.long_name))
        spellings.push_back("--" + std::string(o.long_name));
      for (const auto& w : spellings) {
        CompletionRow r = keyword_row(s.name, o.info, next_state(o.id));
        r.word = w;
        rows.push_back(std::move(r));
      }
    }
    if (s.name == "start")
      for (const auto& o : arp_cli_options())
        for (const auto& w : cli_option_spellings(o))
          rows.push_back({"start", w, "", "", "", std::string(o.info.help)});
    if (!s.positional.empty()) rows.push_back({std::string(s.name), "*", std::string(s.positional), "", std::string(s.after), ""});
    if (s.allows)
      for (const auto& m : arp_modifiers())
        if (m.*(s.allows)) rows.push_back(keyword_row(s.name, m.info));
  }
  return rows;
}

}  // namespace solnet
