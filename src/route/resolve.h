// From a parsed route command to the kernel routes to send: interfaces by
// name (logical ones give the preferred source), prefixes worked out from
// the interfaces, and the kernel fields each syntax implies (net-tools:
// protocol boot and SIOCADDRT's scope rules; Solaris: protocol static).
#pragma once

#include <vector>

#include "lib/common/result.h"
#include "lib/route/request.h"
#include "src/common/kernel.h"
#include "src/common/route_kernel.h"
#include "src/ifconfig/state_store.h"

namespace solnet {

struct ResolvedRoute {
  std::vector<Route> candidates;  // one per gateway address, to try in order
  bool exists_ok = false;         // an identical route is success, not "entry exists"
};

// Reads only what the command needs: the named link and its addresses,
// every address only to find an -ifa/-interface address or to work out a
// prefix, the local table only to classify a net-tools gateway.
Result<ResolvedRoute> resolve_route(const RouteRequest& req, Kernel& kernel, StateStore& store, RouteKernel& routes);

}  // namespace solnet
