#include "lib/route/usage.h"

#include "lib/common/cli_options.h"
#include "lib/common/keyword.h"
#include "lib/route/args.h"
#include "lib/route/nettools_args.h"
#include "lib/route/options.h"
#include "lib/route/solaris_args.h"

namespace solnet {

std::string route_usage() {
  std::string s =
      "usage: route [-nNv] [-e|-ee] [-A inet|inet6|inet,inet6] [--json]\n"
      "       route [-fnpqv] [-R DIR] add|delete|change|get [MODIFIERS] DESTINATION [GATEWAY]\n"
      "       route [-fnpqv] flush|monitor [-inet|-inet6]\n"
      "       route -f [inet|inet6] [-npqv] [add|delete|change|get ...]\n"
      "       route -p show\n"
      "       route [-v] [-A inet|inet6] add|del [-net|-host] TARGET [KEYWORDS] [[dev] IF]\n";
  std::vector<UsageRow> options, verbs, modifiers, keywords;
  for (const auto& o : route_cli_options()) {
    std::string form = cli_option_form(o);
    if (o.info.arg == Arg::required) form += " " + std::string(o.info.arg_name);
    options.push_back({form, o.info.help});
  }
  for (const auto& v : route_verbs()) verbs.push_back({std::string(v.info.name), v.info.help});
  // Help text that outlives the loop: refused modifiers gain a note.
  std::vector<std::string> helps;
  for (const auto& m : solaris_modifiers())
    helps.push_back(std::string(m.info.help) + (m.refused.empty() ? "" : " (not supported on this system)"));
  for (std::size_t i = 0; i < helps.size(); ++i)
    modifiers.push_back({"-" + usage_form(solaris_modifiers()[i].info), helps[i]});
  for (const auto& k : nettools_keywords()) keywords.push_back({usage_form(k.info) + (k.inet6 ? "" : " *"), k.info.help});
  return s + usage_section("options", options) + usage_section("commands", verbs) +
         usage_section("Solaris modifiers", modifiers) + usage_section("net-tools keywords (* IPv4 only)", keywords);
}

}  // namespace solnet
