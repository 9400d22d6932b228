// Finding routes in a table: the longest prefix that holds an address, and
// the route to exactly one destination.
#pragma once

#include <optional>
#include <vector>

#include "lib/common/route_model.h"

namespace solnet {

// The most specific route whose destination holds `addr`; null if none.
const Route* longest_match(const std::vector<Route>& routes, const InetAddr& addr);

// The first route to exactly dst/len (through `gateway` when given); null
// if none.
const Route* exact_match(const std::vector<Route>& routes, const InetAddr& dst, int len,
                         const std::optional<InetAddr>& gateway = std::nullopt);

}  // namespace solnet
