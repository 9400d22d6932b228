#include "lib/ifconfig/plan6.h"

#include <linux/if_addr.h>
#include <sys/socket.h>

#include <algorithm>

#include "lib/common/escape.h"
#include "lib/ifconfig/sol_flags.h"

namespace solnet {

namespace {

bool deprecated(const Addr& a) { return (a.flags & IFA_F_DEPRECATED) || a.preferred_lft == 0; }

bool same_place(const Addr& a, const Addr& b) {
  return a.local == b.local && a.peer == b.peer && a.prefixlen == b.prefixlen;
}

// The kernel address a logical interface should have: the one it has with
// the changes, or a new permanent one.
Addr wanted_addr(const LifConf& l, const Addr* now, int ifindex) {
  Addr a;
  if (now) {
    a = *now;
  } else {
    a.family = AF_INET6;
    a.ifindex = ifindex;
    a.flags = IFA_F_PERMANENT;
  }
  a.local = l.address;
  a.peer = l.destination;
  a.prefixlen = l.prefixlen;
  a.metric = l.metric;
  const bool want_deprecated = (l.flags & sflag::DEPRECATED) != 0;
  if (want_deprecated && !deprecated(a)) a.preferred_lft = 0;
  if (!want_deprecated && deprecated(a)) {
    a.preferred_lft = a.valid_lft;
    a.flags &= ~IFA_F_DEPRECATED;
  }
  return a;
}

std::string cidr(const Addr& a) { return a.local.str() + "/" + std::to_string(a.prefixlen); }

KernelOp addr_op(KernelOpKind kind, const Addr& a, const std::string& name) {
  std::string what = kind == KernelOpKind::add_addr   ? "cannot add " + cidr(a)
                     : kind == KernelOpKind::del_addr ? "cannot delete " + cidr(a)
                                                      : "cannot change " + cidr(a);
  return {kind, {}, a, printable(name) + ": " + what};
}

}  // namespace

void plan_addrs6(const LinkConf& cur, const LinkConf& want, LinkPlan& plan) {
  std::vector<std::string> names(cur.addrs.size());
  for (const auto& l : cur.lifs)
    if (l.kernel) names[*l.kernel] = cur.name(l);
  std::vector<bool> kept(cur.addrs.size());
  std::vector<std::pair<KernelOp, KernelOp>> adds, changes;
  for (const auto& l : want.lifs) {
    if (!l.installed()) continue;
    const Addr* now = l.kernel ? &cur.addrs[*l.kernel] : nullptr;
    const Addr a = wanted_addr(l, now, want.link.index);
    const std::string name = want.name(l);
    if (now && same_place(*now, a)) {
      kept[*l.kernel] = true;
      if (now->metric != a.metric || deprecated(*now) != deprecated(a))
        changes.emplace_back(addr_op(KernelOpKind::replace_addr, a, name),
                             addr_op(KernelOpKind::replace_addr, *now, name));
      continue;
    }
    adds.emplace_back(addr_op(KernelOpKind::add_addr, a, name), addr_op(KernelOpKind::del_addr, a, name));
  }
  for (std::size_t i = 0; i < cur.addrs.size(); ++i) {
    if (kept[i]) continue;
    plan.ops.push_back(addr_op(KernelOpKind::del_addr, cur.addrs[i], names[i]));
    plan.undo.push_back(addr_op(KernelOpKind::add_addr, cur.addrs[i], names[i]));
  }
  for (auto* list : {&adds, &changes})
    for (auto& [op, undo] : *list) {
      plan.ops.push_back(std::move(op));
      plan.undo.push_back(std::move(undo));
    }
}

StoredLink store_record6(const LinkConf& want, const StoredLink* stored) {
  StoredLink s = stored ? *stored : StoredLink{};
  s.index = want.link.index;
  s.name = want.link.name;
  // DEPRECATED is the kernel's for an address it holds.
  s.flags6 = want.physical().flags & ~sflag::DEPRECATED;
  s.physical6 = want.physical().addressed() ? want.physical().address : InetAddr{};
  std::erase_if(s.lifs, [](const StoredLif& r) { return r.family == AF_INET6; });
  for (const auto& l : want.lifs) {
    if (!l.unit) continue;
    if (l.installed())
      s.lifs.push_back(installed_record(AF_INET6, *l.unit, l.address, l.flags & ~sflag::DEPRECATED));
    else
      s.lifs.push_back({AF_INET6, *l.unit, false, l.address, l.prefixlen, std::nullopt, l.destination, l.metric,
                        l.flags, l.up});
  }
  return s;
}

}  // namespace solnet
