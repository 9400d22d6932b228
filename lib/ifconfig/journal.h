// A change's journal: what a configuring ifconfig records beside the state
// store before its first kernel operation and removes once the store holds
// the outcome. A run that finds one left by a writer that was killed
// (SIGKILL cannot be held off) replays it: the operations again from the
// first, those already done counted as done, so the change is completed as
// a whole, or undone as a whole if the kernel now refuses a step.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lib/common/kernel_ops.h"
#include "lib/common/result.h"
#include "lib/common/route_model.h"
#include "lib/ifconfig/lif_store.h"
#include "lib/ifconfig/usesrc.h"

namespace solnet {

// The static routes a note_routes step found on a link.
struct NotedRoutes {
  int index = 0;
  std::vector<Route> routes;
  bool operator==(const NotedRoutes&) const = default;
};

// A vni link the change deletes, after its operations.
struct JournalLink {
  int index = 0;
  std::string name;
  bool operator==(const JournalLink&) const = default;
};

struct ChangeJournal {
  // The namespace (SO_NETNS_COOKIE) it was written in, as read back: a
  // namespace that reuses a dead one's file name must not replay it.
  uint64_t netns_cookie = 0;
  StoreDoc store;                  // the store the change writes, before routes are judged
  std::vector<KernelOp> ops;       // in order
  std::vector<KernelOp> undo;      // undo[i] reverts ops[i]
  std::vector<NotedRoutes> noted;  // filled in as the change notes routes
  // Links whose routes point at their usesrc source: pointed at the
  // defaults before the operations and at the sources after (the undo's
  // view for an undo).
  std::vector<UsesrcTouch> usesrc, usesrc_undo;
  std::vector<JournalLink> unplumb;

  const NotedRoutes* find_noted(int index) const;
};

// `netns_cookie`: the namespace it is written in (the field is what was read).
std::string journal_to_json(const ChangeJournal& j, uint64_t netns_cookie);
// Every type and range checked; an error names the first problem.
Result<ChangeJournal> journal_from_json(std::string_view text);

}  // namespace solnet
