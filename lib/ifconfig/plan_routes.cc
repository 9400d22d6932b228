#include "lib/ifconfig/plan_routes.h"

#include <net/if.h>

#include <optional>

#include "lib/common/escape.h"

namespace solnet {

namespace {

// The family whose routes the kernel may drop for the operation (0: both),
// or nullopt when it drops none.
std::optional<int> drops_routes(const KernelOp& op) {
  switch (op.kind) {
    case KernelOpKind::set_link:
      if ((op.link.change & IFF_UP) && !(op.link.flags & IFF_UP)) return 0;
      return std::nullopt;
    case KernelOpKind::del_addr: return op.addr.family;
    case KernelOpKind::set_conf:
      if (op.conf.key == "disable_ipv6" && op.conf.value) return AF_INET6;
      return std::nullopt;
    default: return std::nullopt;
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
  // Only that family's routes are noted: an IPv4 change on a link must
  // not read every IPv6 route of the system.
  std::optional<int> drops;
  for (const auto& op : plan.ops)
    if (auto family = drops_routes(op)) drops = !drops || *drops == *family ? *family : 0;
  const bool waiting = stored && !stored->routes.empty();
  if (!drops && !waiting) return;
  KernelOp note = route_op(KernelOpKind::note_routes, want), restore = route_op(KernelOpKind::restore_routes, want);
  note.addr.family = drops.value_or(0);
  if (drops) {
    plan.ops.insert(plan.ops.begin(), note);
    plan.undo.insert(plan.undo.begin(), restore);
  }
  plan.ops.push_back(std::move(restore));
  plan.undo.push_back(std::move(note));
}

}  // namespace solnet
