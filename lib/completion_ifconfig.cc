// ifconfig's completion rows: the selectors and options, then the
// interface, then an address family or the keywords; "dhcp" switches to
// the DHCP words.
#include "cli_options.h"
#include "completion_table.h"
#include "dhcp_keywords.h"
#include "ifconfig_args.h"
#include "ifconfig_keywords.h"

namespace solnet {

std::vector<CompletionRow> ifconfig_completion_rows() {
  std::vector<CompletionRow> rows;
  // "-a" and "-a" with one more letter; longer combinations are typed.
  for (const auto& l : ifconfig_selector_letters()) {
    std::string word = l.letter == 'a' ? "-a" : std::string("-a") + l.letter;
    rows.push_back({"start", word, "", "", "family", std::string(l.help)});
  }
  for (const auto& o : ifconfig_cli_options()) {
    for (const auto& spelling : cli_option_spellings(o)) {
      rows.push_back({"start", spelling, "", "", "", std::string(o.info.help)});
      // --json goes anywhere on the line.
      if (o.id == CliOpt::json)
        for (auto state : {"family", "keywords"}) rows.push_back({state, spelling, "", "", "", std::string(o.info.help)});
    }
  }
  rows.push_back({"start", "*", "lifname", "", "family", "interface"});
  for (const auto& f : ifconfig_family_words())
    rows.push_back({"family", std::string(f.word), "", "", "keywords", std::string(f.help)});
  // Right after the interface (state "family") the keywords may come too.
  for (auto state : {"family", "keywords"}) {
    for (const auto& k : ifconfig_keywords()) {
      CompletionRow r = keyword_row(state, k.info, "keywords");
      // "netmask +" and "broadcast +": computed from netmasks(4) and the mask.
      if (k.op == IfOp::netmask || k.op == IfOp::broadcast) r.choices = std::string(1, '+');
      rows.push_back(std::move(r));
    }
    for (const auto& k : dhcp_keywords())
      if (k.role == DhcpWordRole::intro) rows.push_back(keyword_row(state, k.info, "dhcp"));
  }
  // A word of no table after the interface: an address.
  rows.push_back({"family", "*", "", "", "keywords", ""});
  for (const auto& k : dhcp_keywords())
    if (k.role != DhcpWordRole::intro) rows.push_back(keyword_row("dhcp", k.info));
  return rows;
}

}  // namespace solnet
