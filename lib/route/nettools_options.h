// net-tools route's options where its getopt_long finds them: anywhere in
// the line (GNU getopt permutes), so "route add -6 2001:db8::/48 dev eth0"
// and "route del 10.0.0.0 -n gw G" carry options after the command word.
#pragma once

#include <string>
#include <vector>

#include "lib/common/result.h"
#include "lib/route/globals.h"

namespace solnet {

// A family spec as net-tools' aftrans_opt() reads it: each element of a
// comma-separated list translated ("ip" is inet, "ip6" inet6, "tcpip"
// inet); unknown names are kept for the caller to refuse.
std::string nettools_family_spec(std::string_view spec);

// Moves the net-tools options among the words after the command word into
// g and returns the other words. A word is an option when net-tools' getopt
// would take it: "--long" (a unique prefix will do), or "-" and letters of
// "AeCFnNv46" only ("-nee", "-Ainet6"); illumos' modifiers (-netmask,
// -inet6, -interface ...) and the keywords -net and -host never are.
Result<std::vector<std::string>> hoist_nettools_options(RouteGlobals& g, const std::vector<std::string>& words);

}  // namespace solnet
