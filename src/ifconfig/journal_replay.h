// Completing a change that a killed writer left in its journal
// (lib/ifconfig/journal.h): roll forward. The operations run again from the
// first, in order, and those whose effect the kernel already has count as
// done (lib/ifconfig/replay.h): a change of the primary's netmask that was
// killed with half its secondaries re-added ends with all of them, as the
// command would have. Rolling forward needs no record of how far the writer
// got, and makes SIGKILL end as SIGTERM does (held until the change is
// complete). Should the kernel refuse a step now, what the replay did is
// undone, newest first, as a refusal in the command itself is.
#pragma once

#include "src/common/kernel.h"
#include "src/common/route_kernel.h"
#include "src/common/sysctl.h"
#include "src/ifconfig/state_store.h"

namespace solnet {

class KernelReplayer : public JournalReplayer {
 public:
  KernelReplayer(Kernel& kernel, Sysctl& sysctl, RouteKernel* routes)
      : kernel_(kernel), sysctl_(sysctl), routes_(routes) {}
  Outcome replay(const ChangeJournal& j, const StoreDoc& now) override;

 private:
  Kernel& kernel_;
  Sysctl& sysctl_;
  RouteKernel* routes_;
};

// A replayer on the system's kernel, made when first needed.
JournalReplayer& system_journal_replayer();

}  // namespace solnet
