// net-tools' "Kernel IP routing table", byte for byte: route, route -n,
// -e and -ee. net-tools reads /proc/net/route; this renders the same rows
// from netlink routes.
#pragma once

#include <string>
#include <vector>

#include "lib/common/name_lookup.h"
#include "lib/common/route_model.h"

namespace solnet {

struct TableOptions {
  // net-tools' FLAG_EXT: 1 + the number of -e, modulo 4 (so -eee prints
  // the title alone, as net-tools does).
  int ext = 1;
  bool numeric = false;  // -n or -N
};

// The rows /proc/net/route has: IPv4 routes of the main table other than
// broadcast and multicast ones, in the kernel's order.
std::vector<Route> proc_route_rows(const std::vector<Route>& routes);

// `routes` are the rows; names are looked up unless options.numeric.
std::string render_inet_table(const std::vector<Route>& routes, const TableOptions& options, NameLookup& names);

}  // namespace solnet
