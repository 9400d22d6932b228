#include "lib/ifconfig/plan_routes.h"

#include <net/if.h>

#include <algorithm>

#include "lib/common/escape.h"

namespace solnet {

namespace {

bool drops_routes(const KernelOp& op) {
  switch (op.kind) {
    case KernelOpKind::set_link: return (op.link.change & IFF_UP) && !(op.link.flags & IFF_UP);
    case KernelOpKind::del_addr: return true;
    case KernelOpKind::set_conf: return op.conf.key == "disable_ipv6" && op.conf.value;
    default: return false;
  }
}

KernelOp route_op(KernelOpKind kind, const LinkConf& want) {
  KernelOp op{kind, {}, {}, printable(want.link.name) + ": cannot keep its routes"};
  op.link.index = want.link.index;
  op.link_name = want.link.name;
  return op;
}

}  // namespace

void plan_route_keeping(const LinkConf& want, const StoredLink* stored, LinkPlan& plan) {
  const bool drops = std::any_of(plan.ops.begin(), plan.ops.end(), drops_routes);
  const bool waiting = stored && !stored->routes.empty();
  if (!drops && !waiting) return;
  KernelOp note = route_op(KernelOpKind::note_routes, want), restore = route_op(KernelOpKind::restore_routes, want);
  if (drops) {
    plan.ops.insert(plan.ops.begin(), note);
    plan.undo.insert(plan.undo.begin(), restore);
  }
  plan.ops.push_back(std::move(restore));
  plan.undo.push_back(std::move(note));
}

}  // namespace solnet
