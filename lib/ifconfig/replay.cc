#include "lib/ifconfig/replay.h"

#include <sys/socket.h>

namespace solnet {

namespace {

bool same_peer(const Addr& a, const Addr& b) { return (a.peer ? *a.peer : a.local) == (b.peer ? *b.peer : b.local); }

}  // namespace

ReplayView::ReplayView(const std::vector<Addr>& addrs) {
  for (const auto& a : addrs) addrs_[{a.ifindex, a.local}].push_back(a);
}

const Addr* ReplayView::find(const Addr& a, bool as_deleted) const {
  auto it = addrs_.find({a.ifindex, a.local});
  if (it == addrs_.end()) return nullptr;
  for (const auto& have : it->second) {
    if (a.family == AF_INET6) {
      if (!as_deleted || have.prefixlen == a.prefixlen) return &have;
      continue;
    }
    if (have.prefixlen != a.prefixlen || !same_peer(have, a)) continue;
    // the kernel compares the label only when one is sent
    if (as_deleted && !a.label.empty() && have.label != a.label) continue;
    return &have;
  }
  return nullptr;
}

bool ReplayView::needed(const KernelOp& op) const {
  switch (op.kind) {
    case KernelOpKind::add_addr: return find(op.addr, false) == nullptr;
    case KernelOpKind::del_addr:
    case KernelOpKind::replace_addr: return find(op.addr, true) != nullptr;
    default: return true;
  }
}

void ReplayView::done(const KernelOp& op) {
  if (op.kind == KernelOpKind::add_addr) addrs_[{op.addr.ifindex, op.addr.local}].push_back(op.addr);
  if (op.kind != KernelOpKind::del_addr) return;
  if (const Addr* gone = find(op.addr, true)) {
    auto& list = addrs_[{op.addr.ifindex, op.addr.local}];
    list.erase(list.begin() + (gone - list.data()));
  }
}

}  // namespace solnet
