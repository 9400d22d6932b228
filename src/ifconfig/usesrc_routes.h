// Where usesrc meets the kernel, for ifconfig and route alike: the source
// address a link's routes take, and pointing a link's routes at it (rules:
// lib/usesrc.h).
#pragma once

#include <optional>
#include <vector>

#include "lib/ifconfig/usesrc.h"
#include "src/common/kernel.h"
#include "src/common/route_kernel.h"

namespace solnet {

// The preferred source of routes of `family` out of link `ifindex` under
// `doc`: its usesrc interface's address; nullopt when it has none, when the
// link has no usesrc of the family, or when the record names links that
// are no longer those.
Result<std::optional<InetAddr>> usesrc_source(Kernel& kernel, const StoreDoc& doc, int ifindex, int family);

// Points the routes out of each touched link at its source's address, or
// back at the defaults when `to_source` is false or it has no source (or
// the source has no address).
Status point_usesrc_routes(Kernel& kernel, RouteKernel& routes, const std::vector<UsesrcTouch>& touched,
                           bool to_source);

}  // namespace solnet
