#include "lib/ifconfig/plan.h"

#include <linux/if_addr.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <sys/socket.h>

#include <algorithm>
#include <unordered_map>

#include "lib/common/escape.h"
#include "lib/common/ifname.h"
#include "lib/ifconfig/plan6.h"
#include "lib/ifconfig/plan_af.h"
#include "lib/ifconfig/plan_routes.h"

namespace solnet {

namespace {

// The link flags ifconfig changes besides IFF_UP.
constexpr unsigned kLinkFlags = IFF_NOARP | IFF_NOTRAILERS | IFF_PROMISC | IFF_ALLMULTI | IFF_MULTICAST;

// The kernel's address (IFA_ADDRESS): the peer's when there is one. The
// kernel groups primaries and secondaries by it.
uint32_t ifa_address(const Addr& a) { return (a.peer ? *a.peer : a.local).v4(); }

bool same_subnet(const Addr& a, const Addr& b) {
  return a.prefixlen == b.prefixlen &&
         ((ifa_address(a) ^ ifa_address(b)) & prefix_to_mask4(a.prefixlen)) == 0;
}

bool same_place(const Addr& a, const Addr& b) {
  return a.local == b.local && a.peer == b.peer && a.prefixlen == b.prefixlen && a.broadcast == b.broadcast &&
         a.label == b.label;
}

std::string cidr(const Addr& a) { return a.local.str() + "/" + std::to_string(a.prefixlen); }

// What happens to an address the kernel has now.
enum class Fate { keep, replace, recreate, drop };

struct Slot {
  const Addr* now = nullptr;
  std::optional<Addr> want{};  // the address the logical interface should have
  // The logical interface it belongs to, named only when an operation
  // needs it (a link may hold 20,000 that stay as they are).
  const LinkConf* conf = nullptr;
  const LifConf* lif = nullptr;
  Fate fate = Fate::drop;
  bool physical = false;

  std::string name() const { return lif ? conf->name(*lif) : std::string(); }
};

class Planner {
 public:
  Planner(const LinkConf& cur, const LinkConf& want) : cur_(cur), want_(want) {}

  LinkPlan run(const StoredLink* stored) {
    plan_af_before(cur_, want_, plan_);
    link_ops_before();
    if (want_.family == AF_INET6) plan_addrs6(cur_, want_, plan_);
    else addr_ops();
    plan_af_after(cur_, want_, plan_);
    link_up();
    plan_.store = want_.family == AF_INET6 ? store_record6(want_, stored) : store(stored);
    plan_route_keeping(want_, stored, plan_);
    return std::move(plan_);
  }

 private:
  void push(KernelOp op, KernelOp undo) {
    plan_.ops.push_back(std::move(op));
    plan_.undo.push_back(std::move(undo));
  }

  KernelOp link_op(const std::string& what) const {
    KernelOp op{KernelOpKind::set_link, {}, {}, printable(want_.link.name) + ": " + what};
    op.link.index = cur_.link.index;
    return op;
  }

  void flags_op(unsigned bits, unsigned on, const std::string& what) {
    KernelOp op = link_op(what), undo = link_op(what);
    op.link.change = undo.link.change = bits;
    op.link.flags = on;
    undo.link.flags = cur_.link.flags & bits;
    push(std::move(op), std::move(undo));
  }

  // Down first, then the link's attributes: the addresses are changed on a
  // link that already has its final MTU and address.
  void link_ops_before() {
    const Link& a = cur_.link;
    const Link& b = want_.link;
    if ((a.flags & IFF_UP) && !(b.flags & IFF_UP)) flags_op(IFF_UP, 0, "cannot mark down");
    if (a.mtu != b.mtu) {
      KernelOp op = link_op("cannot set mtu " + std::to_string(b.mtu)), undo = op;
      op.link.mtu = b.mtu;
      undo.link.mtu = a.mtu;
      push(std::move(op), std::move(undo));
    }
    if (a.hwaddr != b.hwaddr) {
      KernelOp op = link_op("cannot set ether " + ether_solaris(b.hwaddr)), undo = op;
      op.link.hwaddr = b.hwaddr;
      undo.link.hwaddr = a.hwaddr;
      push(std::move(op), std::move(undo));
    }
    if (a.txqlen != b.txqlen) {
      KernelOp op = link_op("cannot set txqueuelen " + std::to_string(b.txqlen)), undo = op;
      op.link.txqlen = b.txqlen;
      undo.link.txqlen = a.txqlen;
      push(std::move(op), std::move(undo));
    }
    if (const unsigned diff = (a.flags ^ b.flags) & kLinkFlags)
      flags_op(diff, b.flags & diff, "cannot change flags");
  }

  void link_up() {
    if (!(cur_.link.flags & IFF_UP) && (want_.link.flags & IFF_UP)) flags_op(IFF_UP, IFF_UP, "cannot mark up");
  }

  std::string canonical_label(const LifConf& l) const {
    if (!l.unit) return want_.link.name;
    std::string label = label_for_unit(want_.link.name, *l.unit);
    // Too long for IFNAMSIZ: the store keeps the unit.
    return label.empty() ? want_.link.name : label;
  }

  // The scope is the address's, whatever the link, as the kernel's ioctl
  // path gives it: host for 127/8 (on lo or any other link), else global.
  Addr fresh(const InetAddr& local) const {
    Addr a;
    a.family = AF_INET;
    a.ifindex = want_.link.index;
    a.flags = IFA_F_PERMANENT;
    a.scope = local.is_v4() && (local.v4() >> 24) == 127 ? RT_SCOPE_HOST : RT_SCOPE_UNIVERSE;
    return a;
  }

  // The logical interface asks nothing of its kernel address: wanted_addr
  // would give that address itself.
  static bool unchanged(const Addr& now, const LifConf& l) {
    return now.local == l.address && now.peer == l.destination && now.prefixlen == l.prefixlen &&
           now.broadcast == l.broadcast && now.metric == l.metric;
  }

  // The kernel address a logical interface should have: what it has, with
  // the changes; a changed address gets the label that names its unit.
  Addr wanted_addr(const LifConf& l) const {
    const Addr* now = l.kernel ? &cur_.addrs[*l.kernel] : nullptr;
    Addr a = now ? *now : fresh(l.address);
    if (a.local != l.address) a.scope = fresh(l.address).scope;
    a.local = l.address;
    a.peer = l.destination;
    a.prefixlen = l.prefixlen;
    a.broadcast = l.broadcast;
    a.metric = l.metric;
    if (!now || !same_place(*now, a)) a.label = canonical_label(l);
    return a;
  }

  void addr_ops() {
    std::vector<Slot> slots;
    slots.reserve(cur_.addrs.size());
    for (const auto& a : cur_.addrs) slots.push_back({.now = &a});
    for (const auto& l : cur_.lifs)
      if (l.kernel) {
        slots[*l.kernel].conf = &cur_;
        slots[*l.kernel].lif = &l;
      }

    std::vector<Slot> fresh_adds;
    for (const auto& l : want_.lifs) {
      if (!l.installed()) continue;
      if (l.kernel && unchanged(cur_.addrs[*l.kernel], l)) {
        // kept as it is, without a copy: most of a big link
        Slot& s = slots[*l.kernel];
        if (l.unit) labels_.try_emplace(*l.unit, s.now->label);
        s.conf = &want_;
        s.lif = &l;
        s.physical = !l.unit;
        s.fate = Fate::keep;
        continue;
      }
      Addr want = wanted_addr(l);
      if (l.unit) labels_.try_emplace(*l.unit, want.label);
      if (!l.kernel) {
        fresh_adds.push_back({nullptr, std::move(want), &want_, &l, Fate::recreate, !l.unit});
        continue;
      }
      Slot& s = slots[*l.kernel];
      s.conf = &want_;
      s.lif = &l;
      s.physical = !l.unit;
      s.fate = !same_place(*s.now, want) ? Fate::recreate : s.now->metric != want.metric ? Fate::replace : Fate::keep;
      s.want = std::move(want);
    }
    // A primary that goes takes its subnet's secondaries along: they are
    // deleted first and added back.
    for (const auto& p : slots) {
      if (p.fate == Fate::keep || p.fate == Fate::replace || (p.now->flags & IFA_F_SECONDARY)) continue;
      for (auto& s : slots)
        if ((s.fate == Fate::keep || s.fate == Fate::replace) && (s.now->flags & IFA_F_SECONDARY) &&
            same_subnet(*s.now, *p.now)) {
          s.fate = Fate::recreate;
          if (!s.want) s.want = *s.now;  // unchanged: what wanted_addr gives
        }
    }

    for (bool secondaries : {true, false})
      for (auto it = slots.rbegin(); it != slots.rend(); ++it)
        if ((it->fate == Fate::recreate || it->fate == Fate::drop) &&
            ((it->now->flags & IFA_F_SECONDARY) != 0) == secondaries)
          push(addr_op(KernelOpKind::del_addr, *it->now, it->name()),
               addr_op(KernelOpKind::add_addr, *it->now, it->name()));

    std::vector<const Slot*> adds;
    for (const auto& s : slots)
      if (s.fate == Fate::recreate) adds.push_back(&s);
    for (const auto& s : fresh_adds) adds.push_back(&s);
    std::stable_partition(adds.begin(), adds.end(), [](const Slot* s) { return s->physical; });
    for (const Slot* s : adds)
      push(addr_op(KernelOpKind::add_addr, *s->want, s->name()),
           addr_op(KernelOpKind::del_addr, *s->want, s->name()));
    for (const auto& s : slots)
      if (s.fate == Fate::replace)
        push(addr_op(KernelOpKind::replace_addr, *s.want, s.name()),
             addr_op(KernelOpKind::replace_addr, *s.now, s.name()));
  }

  static KernelOp addr_op(KernelOpKind kind, const Addr& a, const std::string& name) {
    std::string what = kind == KernelOpKind::add_addr   ? "cannot add " + cidr(a)
                       : kind == KernelOpKind::del_addr ? "cannot delete " + cidr(a)
                                                        : "cannot set metric " + std::to_string(a.metric);
    return {kind, {}, a, printable(name) + ": " + what};
  }

  std::string final_label(const LifConf& l) const {
    auto it = labels_.find(*l.unit);
    return it == labels_.end() ? std::string{} : it->second;
  }

  StoredLink store(const StoredLink* stored) const {
    StoredLink s = stored ? *stored : StoredLink{};
    s.index = want_.link.index;
    s.name = want_.link.name;
    s.inet_unplumbed = want_.inet_unplumbed;
    s.flags4 = want_.physical().flags;
    std::erase_if(s.lifs, [](const StoredLif& r) { return r.family == AF_INET; });
    for (const auto& l : want_.lifs) {
      if (!l.unit) continue;
      const bool installed = l.installed();
      if (installed) {
        // The kernel's label says the unit, unless it cannot.
        LabelInfo li = classify_label(final_label(l), want_.link.name);
        if (!l.flags && li.kind == LabelKind::unit && li.unit == *l.unit) continue;
      }
      if (installed) s.lifs.push_back(installed_record(AF_INET, *l.unit, l.address, l.flags));
      else
        s.lifs.push_back({AF_INET, *l.unit, false, l.address, l.prefixlen, l.broadcast, l.destination, l.metric,
                          l.flags, l.up});
    }
    return s;
  }

  const LinkConf& cur_;
  const LinkConf& want_;
  LinkPlan plan_;
  // The final kernel label of each installed logical unit (the first, as
  // the store asks for each unit): a map, as a change of one logical
  // interface on a link of 20,000 must not scan them all for each.
  std::unordered_map<unsigned, std::string> labels_;
};

}  // namespace

LinkPlan plan_link(const LinkConf& cur, const LinkConf& want, const StoredLink* stored) {
  return Planner(cur, want).run(stored);
}

void put_stored_link(StoreDoc& doc, StoredLink link) {
  std::erase_if(doc.links, [&](const StoredLink& l) { return l.index == link.index || l.name == link.name; });
  if (link.lifs.empty() && !link.flags4 && !link.flags6 && !link.inet_unplumbed && !link.physical6.family &&
      link.routes.empty() && link.returned.empty())
    return;
  doc.links.push_back(std::move(link));
}

}  // namespace solnet
