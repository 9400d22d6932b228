#include "src/ifconfig/journal_replay.h"

#include "lib/common/escape.h"
#include "lib/ifconfig/replay.h"
#include "src/common/netlink_route_kernel.h"
#include "src/ifconfig/kernel_step.h"
#include "src/ifconfig/route_keeper.h"
#include "src/ifconfig/usesrc_routes.h"

namespace solnet {

namespace {

// Replays operations on the kernel, each only when still needed; the view
// is read again when the kernel disagrees with it (a primary's deletion
// takes its secondaries along, another writer was there).
class Replay {
 public:
  Replay(Kernel& kernel, Sysctl& sysctl, RouteKeeper& keeper) : kernel_(kernel), sysctl_(sysctl), keeper_(keeper) {}

  Status run(const KernelOp& op) {
    if (!view_ && !refresh()) return error("cannot read the addresses");
    if (!view_->needed(op)) return {};
    Status st = run_kernel_step(kernel_, sysctl_, keeper_, op);
    if (!st && refresh() && !view_->needed(op)) return {};
    if (!st) return error(op.what + ": " + st.error().message);
    view_->done(op);
    return {};
  }

 private:
  bool refresh() {
    auto addrs = kernel_.addrs(0, 0);
    if (!addrs) return false;
    view_.emplace(*addrs);
    return true;
  }

  Kernel& kernel_;
  Sysctl& sysctl_;
  RouteKeeper& keeper_;
  std::optional<ReplayView> view_;
};

void point(Kernel& kernel, RouteKernel* routes, const std::vector<UsesrcTouch>& touched, bool to_source,
           std::vector<std::string>& problems) {
  if (touched.empty() || !routes) return;
  if (auto st = point_usesrc_routes(kernel, *routes, touched, to_source); !st) problems.push_back(st.error().message);
}

}  // namespace

JournalReplayer::Outcome KernelReplayer::replay(const ChangeJournal& j, const StoreDoc& now) {
  Outcome out{.store = j.store, .completed = false, .problems = {}};
  RouteKeeper keeper(kernel_, routes_, out.store);
  for (const auto& n : j.noted) keeper.set_noted(n.index, n.routes);
  point(kernel_, routes_, j.usesrc, false, out.problems);
  Replay replay(kernel_, sysctl_, keeper);
  for (std::size_t i = 0; i < j.ops.size(); ++i) {
    const KernelOp& op = j.ops[i];
    // Routes noted before the kill were noted on the kernel as it was.
    if (op.kind == KernelOpKind::note_routes && j.find_noted(op.link.index)) continue;
    if (auto st = replay.run(op); !st) {
      out.problems.push_back(st.error().message + "; the change was undone");
      out.store = now;
      RouteKeeper back(kernel_, routes_, out.store);
      for (const auto& n : j.noted) back.set_noted(n.index, n.routes);
      Replay undo(kernel_, sysctl_, back);
      for (std::size_t k = i; k-- > 0;) (void)undo.run(j.undo[k]);
      point(kernel_, routes_, j.usesrc_undo, true, out.problems);
      return out;
    }
  }
  for (const auto& l : j.unplumb) {
    auto link = kernel_.link(l.name);
    if (link && *link && (*link)->index == l.index)
      if (auto st = kernel_.del_link(l.index); !st)
        out.problems.push_back(printable(l.name) + ": cannot unplumb: " + st.error().message);
  }
  point(kernel_, routes_, j.usesrc, true, out.problems);
  out.problems.insert(out.problems.end(), keeper.messages().begin(), keeper.messages().end());
  out.completed = true;
  return out;
}

JournalReplayer& system_journal_replayer() {
  static NetlinkRouteKernel kernel;
  static ProcSysctl sysctl;
  static KernelReplayer replayer(kernel, sysctl, &kernel);
  return replayer;
}

}  // namespace solnet
