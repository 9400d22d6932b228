// RTM_NEWROUTE messages to and from the Route model.
#pragma once

#include <linux/netlink.h>

#include <optional>

#include "lib/common/route_model.h"
#include "src/common/netlink.h"

namespace solnet {

// A dumped or notified route; nullopt for anything else.
std::optional<Route> parse_route(const nlmsghdr* h);

// The same into `r`, whose strings and vectors keep their memory for the
// next route of a dump; false (r unspecified) for anything else. Names of
// interfaces are left empty.
bool decode_route(const nlmsghdr* h, Route& r);

// RTM_NEWROUTE or RTM_DELROUTE carrying every field of `r` that is set:
// RTA_DST, RTA_GATEWAY, RTA_OIF, RTA_PREFSRC, RTA_PRIORITY, RTA_METRICS,
// RTA_TABLE. A multipath route goes without next hops (deletion by
// destination). Null when out of memory.
NlMsg route_message(int type, int flags, const Route& r);

}  // namespace solnet
