// The table displays: net-tools' tables (route, -n, -e, -ee, -A inet6) and
// the JSON document, written into a Sink as the kernel's dump arrives.
#pragma once

#include <vector>

#include "lib/common/sink.h"
#include "lib/route/table_text.h"
#include "src/route/env.h"

namespace solnet {

// IPv4: the main table as /proc/net/route lists it; IPv6: every table as
// /proc/net/ipv6_route lists it.
Status show_tables(RouteEnv& env, const std::vector<int>& families, const TableOptions& options, Sink& sink);

// The same routes as netlink dumps them, with their logical interfaces.
Status show_route_json(RouteEnv& env, const std::vector<int>& families, Sink& sink);

}  // namespace solnet
