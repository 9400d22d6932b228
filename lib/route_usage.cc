#include "route_usage.h"

#include "route_args.h"
#include "route_nettools_args.h"
#include "route_solaris_args.h"

namespace solnet {

namespace {

std::string line(const std::string& form, std::string_view help) {
  std::string s = "  " + form;
  s.resize(std::max<std::size_t>(s.size() + 1, 24), ' ');
  return s + std::string(help) + "\n";
}

}  // namespace

std::string route_usage() {
  std::string s =
      "usage: route [-nNv] [-e|-ee] [-A inet|inet6|inet,inet6] [--json]\n"
      "       route [-fnpqv] [-R DIR] add|delete|change|get [MODIFIERS] DESTINATION [GATEWAY]\n"
      "       route [-fnpqv] flush|monitor [-inet|-inet6]\n"
      "       route -p show\n"
      "       route [-v] [-A inet|inet6] add|del [-net|-host] TARGET [KEYWORDS] [[dev] IF]\n"
      "\ncommands:\n";
  for (const auto& v : route_verbs()) s += line(std::string(v.info.name), v.info.help);
  s += "\nSolaris modifiers:\n";
  for (const auto& m : solaris_modifiers()) s += line("-" + usage_form(m.info), m.info.help);
  s += "\nnet-tools keywords (* IPv4 only):\n";
  for (const auto& k : nettools_keywords()) s += line(usage_form(k.info) + (k.inet6 ? "" : " *"), k.info.help);
  return s;
}

}  // namespace solnet
