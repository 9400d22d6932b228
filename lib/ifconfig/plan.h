// The difference between a link's current and desired configuration of an
// address family as an ordered list of kernel operations that never loses
// an address. What follows is IPv4's story; IPv6's is ifconfig_plan6.h.
//
// Linux deletes (or promotes) every secondary of a subnet when its primary
// goes, and NLM_F_REPLACE cannot change an address's label, mask or
// broadcast. So an address whose mask, broadcast or peer changes is deleted
// and added again, and so is every secondary of its subnet: secondaries are
// deleted first (no promotion happens), then primaries; the physical
// interface's address is added back first (it stays primary), then the
// others in their kernel order with their labels, prefixes, broadcasts,
// flags, lifetimes and metrics. A metric alone changes in place.
#pragma once

#include <vector>

#include "lib/common/kernel_ops.h"
#include "lib/ifconfig/conf.h"
#include "lib/ifconfig/lif_store.h"

namespace solnet {

struct LinkPlan {
  std::vector<KernelOp> ops;   // in order
  std::vector<KernelOp> undo;  // undo[i] reverts ops[i], for a plan that fails half-way
  StoredLink store;            // the link's state-store record afterwards
};

// `stored` is the link's record as read (the other family's part is kept).
LinkPlan plan_link(const LinkConf& cur, const LinkConf& want, const StoredLink* stored);

// Puts the link's record into the document, replacing any record of the same
// index or name (a reused index or name is another link); an empty record
// is dropped.
void put_stored_link(StoreDoc& doc, StoredLink link);

}  // namespace solnet
