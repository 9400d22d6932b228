#include "lib/ifconfig/lif.h"

#include <linux/if_addr.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <sys/socket.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_set>

#include "lib/common/ifname.h"
#include "lib/ifconfig/sol_flags.h"

namespace solnet {

unsigned lowest_free_unit(const std::vector<unsigned>& used, unsigned first) {
  std::vector<unsigned> u = used;
  std::sort(u.begin(), u.end());
  unsigned want = first;
  for (unsigned x : u) {
    if (x == want) ++want;
    else if (x > want) break;
  }
  return want;
}

namespace {

struct LinkFlagMap {
  unsigned iff;
  uint64_t sflag;
};

constexpr LinkFlagMap kLinkFlags[] = {
    {IFF_LOOPBACK, sflag::LOOPBACK},   {IFF_POINTOPOINT, sflag::POINTOPOINT},
    {IFF_NOTRAILERS, sflag::NOTRAILERS}, {IFF_RUNNING, sflag::RUNNING},
    {IFF_NOARP, sflag::NOARP},         {IFF_PROMISC, sflag::PROMISC},
    {IFF_ALLMULTI, sflag::ALLMULTI},   {IFF_MULTICAST, sflag::MULTICAST},
};

// Flags every logical interface of the link shares in one family.
uint64_t link_flags(const Link& link, int family, const LinkExtras& extras) {
  uint64_t f = family == AF_INET ? sflag::IPV4 : sflag::IPV6;
  for (const auto& m : kLinkFlags)
    if (link.flags & m.iff) f |= m.sflag;
  if (family == AF_INET && (link.flags & IFF_BROADCAST)) f |= sflag::BROADCAST;
  if ((link.flags & IFF_LOOPBACK) || extras.is_vni) f |= sflag::VIRTUAL;
  if (family == AF_INET ? link.forwarding4 : link.forwarding6) f |= sflag::ROUTER;
  return f;
}

uint64_t addr_flags(const Addr& a) {
  uint64_t f = 0;
  if (a.peer) f |= sflag::POINTOPOINT;
  if (a.family == AF_INET6) {
    if (a.flags & IFA_F_DEPRECATED) f |= sflag::DEPRECATED;
    if (a.flags & IFA_F_TEMPORARY) f |= sflag::TEMPORARY;
    if (a.flags & IFA_F_DADFAILED) f |= sflag::DUPLICATE;
    if (!(a.flags & IFA_F_PERMANENT)) f |= sflag::ADDRCONF;
  }
  return f;
}

// One family's logical interfaces of a link as they get their units.
struct Units {
  std::vector<Lif> lifs;                // the logical interfaces numbered so far
  std::unordered_set<unsigned> used;
  std::vector<const Addr*> pending;     // addresses still without a unit
  const Addr* physical = nullptr;       // the physical interface's address, if it has one

  bool taken(unsigned unit) const { return used.count(unit) != 0; }
  void take(Lif l) {
    used.insert(*l.unit);
    lifs.push_back(std::move(l));
  }
};

class Builder {
 public:
  Builder(const Link& link, const StoredLink* stored, const LinkExtras& extras)
      : link_(link), stored_(stored), extras_(extras) {}

  // The family's stanzas: the physical interface, then the logical ones by
  // unit. Units come from the store first, then from labels, then the
  // lowest free ones.
  void family(int fam, const std::vector<Addr>& all, std::vector<Lif>& out) {
    const std::vector<const Addr*> addrs = family_addrs(fam, all);
    if (!shows_family(fam, addrs)) return;
    const uint64_t base = link_flags(link_, fam, extras_);
    Units u;
    u.lifs.reserve(addrs.size());
    u.physical = stored_physical6(fam, addrs);
    number_kernel_addrs(fam, base, addrs, u);
    add_stored_lifs(fam, base, u);
    number_pending(fam, base, u);
    out.push_back(physical_lif(fam, base, u.physical));
    auto by_unit = [](const Lif& x, const Lif& y) { return *x.unit < *y.unit; };
    // Labels are usually added in order; when not (one re-added at the
    // end), an order is sorted rather than the heavy stanzas themselves.
    std::vector<std::size_t> order(u.lifs.size());
    std::iota(order.begin(), order.end(), 0);
    if (!std::is_sorted(u.lifs.begin(), u.lifs.end(), by_unit))
      std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return by_unit(u.lifs[x], u.lifs[y]); });
    out.reserve(out.size() + order.size());
    for (std::size_t i : order) out.push_back(std::move(u.lifs[i]));
  }

 private:
  // The link's addresses of the family, oldest first.
  std::vector<const Addr*> family_addrs(int fam, const std::vector<Addr>& all) const {
    std::vector<const Addr*> addrs;
    for (const auto& a : all)
      if (a.family == fam && a.ifindex == link_.index) addrs.push_back(&a);
    if (fam == AF_INET6) std::reverse(addrs.begin(), addrs.end());
    return addrs;
  }

  // The address the store made IPv6's physical interface, while the kernel has it.
  const Addr* stored_physical6(int fam, const std::vector<const Addr*>& addrs) const {
    const Addr* physical = nullptr;
    if (fam == AF_INET6 && stored_ && stored_->physical6.family)
      for (const Addr* a : addrs)
        if (a->local == stored_->physical6) physical = a;
    return physical;
  }

  // The kernel's addresses that have a unit: the store's (found by
  // address: every IPv6 address has one once an inet6 command has changed
  // the link), then IPv4 labels; the first address labelled with the link's
  // name (IPv4) or the first link-local (IPv6) is the physical interface's.
  void number_kernel_addrs(int fam, uint64_t base, const std::vector<const Addr*>& addrs, Units& u) const {
    std::map<InetAddr, const StoredLif*> pinned;
    if (stored_)
      for (const auto& s : stored_->lifs)
        if (s.family == fam && s.installed) pinned.emplace(s.address, &s);
    for (const Addr* a : addrs) {
      if (a == u.physical) continue;
      if (auto p = pinned.find(a->local); p != pinned.end() && !u.taken(p->second->unit)) {
        u.take(from_addr(*a, base, p->second->unit, p->second->flags));
        continue;
      }
      if (fam == AF_INET) {
        auto li = classify_label(a->label, link_.name);
        if (li.kind == LabelKind::physical && !u.physical) {
          u.physical = a;
          continue;
        }
        if (li.kind == LabelKind::unit && !u.taken(li.unit)) {
          Lif l = from_addr(*a, base, li.unit, 0);
          l.labelled = true;
          u.take(std::move(l));
          continue;
        }
      } else if (a->local.is_v6_link_local() && !u.physical) {
        u.physical = a;
        continue;
      }
      u.pending.push_back(a);
    }
  }

  // The logical interfaces only the store holds (down, or without an address).
  void add_stored_lifs(int fam, uint64_t base, Units& u) const {
    if (!stored_) return;
    for (const auto& s : stored_->lifs)
      if (s.family == fam && !s.installed && !u.taken(s.unit)) u.take(from_stored(s, base));
  }

  // The addresses left get the lowest free units, in kernel order. IPv6
  // without a link-local (loopback's ::1): the first one is the physical
  // interface's own, as on Solaris.
  void number_pending(int fam, uint64_t base, Units& u) const {
    auto pending = u.pending.begin();
    if (fam == AF_INET6 && !u.physical && pending != u.pending.end()) u.physical = *pending++;
    // Units only get taken from here on, so the lowest free one never moves
    // down: one pass, however many unlabelled addresses there are.
    unsigned next = 1;
    for (; pending != u.pending.end(); ++pending) {
      while (u.taken(next)) ++next;
      u.take(from_addr(**pending, base, next++, 0));
    }
  }

  Lif physical_lif(int fam, uint64_t base, const Addr* physical) const {
    const uint64_t phys_flags = stored_ ? stored_->physical_flags(fam) : 0;
    Lif phys = physical ? from_addr(*physical, base, std::nullopt, phys_flags)
                        : unaddressed_physical(fam, base | phys_flags);
    if (physical) phys.labelled = fam == AF_INET;
    if (fam == AF_INET && extras_.dhcp) phys.flags |= sflag::DHCPRUNNING;
    if (fam == AF_INET6) phys.token = link_.ipv6_token;
    if (link_.type == ARPHRD_ETHER && link_.hwaddr.size() == 6 && !(base & sflag::VIRTUAL))
      phys.ether = link_.hwaddr;
    return phys;
  }

  bool shows_family(int fam, const std::vector<const Addr*>& addrs) const {
    if (!addrs.empty()) return true;
    if (fam == AF_INET) return !(stored_ && stored_->inet_unplumbed);
    return link_.has_inet6 && !link_.ipv6_disabled;
  }

  unsigned mtu(int fam) const {
    return fam == AF_INET6 && link_.ipv6_mtu ? link_.ipv6_mtu : link_.mtu;
  }

  Lif common(int fam, uint64_t base, std::optional<unsigned> unit) const {
    Lif l;
    l.phys = link_.name;
    l.unit = unit;
    l.name = IfName{link_.name, unit}.str();
    l.family = fam;
    l.flags = base;
    l.index = link_.index;
    l.mtu = mtu(fam);
    return l;
  }

  Lif from_addr(const Addr& a, uint64_t base, std::optional<unsigned> unit, uint64_t store_flags) const {
    Lif l = common(a.family, base | addr_flags(a) | store_flags, unit);
    l.lif_up = true;
    if (link_.flags & IFF_UP) l.flags |= sflag::UP;
    l.metric = a.metric;
    l.address = a.local;
    l.prefixlen = a.prefixlen;
    l.broadcast = a.broadcast;
    l.destination = a.peer;
    l.label = a.label;
    return l;
  }

  Lif from_stored(const StoredLif& s, uint64_t base) const {
    Lif l = common(s.family, base | s.flags, s.unit);
    l.installed = false;
    l.lif_up = s.up;
    if (s.up && (link_.flags & IFF_UP)) l.flags |= sflag::UP;
    l.metric = s.metric;
    if (s.address.family) l.address = s.address;
    l.prefixlen = s.prefixlen;
    l.broadcast = s.broadcast;
    l.destination = s.destination;
    if (s.destination) l.flags |= sflag::POINTOPOINT;
    return l;
  }

  Lif unaddressed_physical(int fam, uint64_t base) const {
    Lif l = common(fam, base, std::nullopt);
    if (link_.flags & IFF_UP) l.flags |= sflag::UP;
    return l;
  }

  const Link& link_;
  const StoredLink* stored_;
  const LinkExtras& extras_;
};

}  // namespace

unsigned link_iff_of(uint64_t sflag) {
  for (const auto& m : kLinkFlags)
    if (m.sflag == sflag) return m.iff;
  return 0;
}

std::vector<Lif> build_lifs(const Link& link, const std::vector<Addr>& addrs,
                            const StoredLink* stored, int family, const LinkExtras& extras) {
  std::vector<Lif> out;
  Builder b(link, stored, extras);
  if (family == 0 || family == AF_INET) b.family(AF_INET, addrs, out);
  if (family == 0 || family == AF_INET6) b.family(AF_INET6, addrs, out);
  return out;
}

}  // namespace solnet
