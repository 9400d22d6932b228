#include "lib/ifconfig/usage.h"

#include "lib/common/cli_options.h"
#include "lib/common/keyword.h"
#include "lib/dhcp/keywords.h"
#include "lib/ifconfig/args.h"
#include "lib/ifconfig/keywords.h"
#include "lib/ifconfig/options.h"

namespace solnet {

std::string ifconfig_usage() {
  std::string s =
      "usage: ifconfig [-Z] [-a[u|d][D][Z][4|6]] [--json]\n"
      "       ifconfig INTERFACE[:UNIT] [inet|inet6] [--json]\n"
      "       ifconfig INTERFACE[:UNIT] [inet|inet6] [ADDRESS[/PREFIX] [DEST]] [KEYWORD ...]\n"
      "       ifconfig -a[u|d][D][4|6] KEYWORD ...\n"
      "       ifconfig INTERFACE " + dhcp_usage().substr(3) + "\n";
  std::vector<UsageRow> options;
  for (const auto& l : ifconfig_selector_letters())
    options.push_back({l.letter == 'a' ? "-a" : std::string("-a") + l.letter, l.help});
  for (const auto& o : ifconfig_cli_options()) options.push_back({cli_option_form(o), o.info.help});
  // Help text that outlives the loop: some lines gain a note.
  std::vector<std::string> helps;
  for (const auto& k : ifconfig_keywords())
    helps.push_back(std::string(k.info.help) + (k.refused.empty() ? "" : " (not supported on this system)"));
  std::vector<UsageRow> keywords;
  for (std::size_t i = 0; i < helps.size(); ++i) keywords.push_back({usage_form(ifconfig_keywords()[i].info), helps[i]});
  std::vector<UsageRow> dhcp;
  for (const auto& k : dhcp_keywords()) dhcp.push_back({usage_form(k.info), k.info.help});
  return s + usage_section("options", options) + usage_section("keywords", keywords) +
         usage_section("DHCP words", dhcp);
}

}  // namespace solnet
