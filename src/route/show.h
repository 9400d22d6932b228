// The table displays: net-tools' text (route, -n, -e, -ee, -A inet6) and
// the JSON document.
#pragma once

#include <vector>

#include "lib/route/table_text.h"
#include "src/route/ops.h"

namespace solnet {

// IPv4: the main table as /proc/net/route lists it; IPv6: every table as
// /proc/net/ipv6_route lists it (JSON: as netlink dumps it).
RouteOutput show_tables(RouteContext& ctx, const std::vector<int>& families, const TableOptions& options);

}  // namespace solnet
