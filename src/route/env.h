// What route's run needs of the system, behind interfaces that tests fake.
#pragma once

#include <string>

#include "lib/common/name_lookup.h"
#include "src/common/kernel.h"
#include "src/common/route_kernel.h"
#include "src/ifconfig/state_store.h"

namespace solnet {

struct RouteEnv {
  Kernel& kernel;
  StateStore& store;
  RouteKernel& routes;
  NameLookup& names;
  bool admin = false;         // CAP_NET_ADMIN
  std::string static_routes;  // the static-routes file; -R DIR goes before it
};

}  // namespace solnet
