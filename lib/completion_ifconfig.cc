// ifconfig's completion rows: the selectors and options, then the
// interface, then the keywords; "dhcp" switches to the DHCP words.
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
    rows.push_back({"start", word, "", "", "keywords", std::string(l.help)});
  }
  for (const auto& o : ifconfig_cli_options()) {
    for (const auto& spelling : cli_option_spellings(o)) {
      rows.push_back({"start", spelling, "", "", "", std::string(o.info.help)});
      // --json goes anywhere on the line.
      if (o.id == CliOpt::json) rows.push_back({"keywords", spelling, "", "", "", std::string(o.info.help)});
    }
  }
  rows.push_back({"start", "*", "lifname", "", "keywords", "interface"});
  for (const auto& k : ifconfig_keywords()) {
    CompletionRow r = keyword_row("keywords", k.info);
    // "netmask +" and "broadcast +": computed from netmasks(4) and the mask.
    if (k.op == IfOp::netmask || k.op == IfOp::broadcast) r.choices = std::string(1, '+');
    rows.push_back(std::move(r));
  }
  for (const auto& k : dhcp_keywords()) {
    if (k.role == DhcpWordRole::intro) rows.push_back(keyword_row("keywords", k.info, "dhcp"));
    else rows.push_back(keyword_row("dhcp", k.info));
  }
  return rows;
}

}  // namespace solnet
