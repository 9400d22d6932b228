// The table displays: net-tools' tables (route, -n, -e, -ee, -A inet6) and
// the JSON document.
#pragma once

#include <vector>

#include "lib/route/outcome.h"
#include "src/route/env.h"

namespace solnet {

// IPv4: the main table as /proc/net/route lists it; IPv6: every table as
// /proc/net/ipv6_route lists it.
Result<TablesShown> read_tables(RouteEnv& env, const std::vector<int>& families);

// The same routes as netlink dumps them, with their logical interfaces.
Result<RoutesListed> read_route_entries(RouteEnv& env, const std::vector<int>& families);

}  // namespace solnet
