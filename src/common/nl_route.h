// RTM_NEWROUTE messages to and from the Route model.
#pragma once

#include <linux/netlink.h>

#include <optional>

#include "lib/common/route_model.h"
#include "src/common/netlink.h"

namespace solnet {

// A dumped or notified route; nullopt for anything else.
std::optional<Route> parse_route(const nlmsghdr* h);

// RTM_NEWROUTE or RTM_DELROUTE carrying every field of `r` that is set:
// RTA_DST, RTA_GATEWAY, RTA_OIF, RTA_PREFSRC, RTA_PRIORITY, RTA_METRICS,
// RTA_TABLE. A multipath route goes without next hops (deletion by
// destination). Null when out of memory.
NlMsg route_message(int type, int flags, const Route& r);

}  // namespace solnet
