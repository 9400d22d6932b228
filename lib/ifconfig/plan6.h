// The IPv6 part of a link plan. IPv6 addresses have no labels, no
// secondaries and no broadcast address: each logical interface's address
// is added, deleted or changed in place on its own, and the state store
// pins the unit of every address (the physical interface's included).
#pragma once

#include "lib/ifconfig/conf.h"
#include "lib/ifconfig/lif_store.h"
#include "lib/ifconfig/plan.h"

namespace solnet {

// Deletions first (an address whose prefix or peer changes is deleted and
// added again), then additions, then in-place changes: metric, and the
// preferred lifetime that makes an address deprecated (0) or not.
void plan_addrs6(const LinkConf& cur, const LinkConf& want, LinkPlan& plan);

// The link's record with its IPv6 part made from `want`; the IPv4 part of
// `stored` (may be null) is kept.
StoredLink store_record6(const LinkConf& want, const StoredLink* stored);

}  // namespace solnet
