// The route-keeping steps of a link plan (lib/ifconfig/route_keep.h says
// why): "note routes" first when an operation can make the kernel drop
// routes (down, an address deleted, IPv6 unplumbed), and "restore routes"
// last when routes were noted or wait in the store. Each is the other's
// undo: a plan undone half-way puts the noted routes back.
#pragma once

#include "lib/ifconfig/conf.h"
#include "lib/ifconfig/lif_store.h"
#include "lib/ifconfig/plan.h"

namespace solnet {

void plan_route_keeping(const LinkConf& want, const StoredLink* stored, LinkPlan& plan);

}  // namespace solnet
