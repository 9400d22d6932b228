#include "lib/ifconfig/conf.h"

#include <net/if.h>
#include <sys/socket.h>

#include <algorithm>
#include <map>
#include <numeric>

#include "lib/common/ifname.h"
#include "lib/ifconfig/lif.h"
#include "lib/ifconfig/sol_flags.h"

namespace solnet {

LifConf* LinkConf::find(std::optional<unsigned> unit) {
  for (auto& l : lifs)
    if (l.unit == unit) return &l;
  return nullptr;
}

const LifConf* LinkConf::find(std::optional<unsigned> unit) const {
  return const_cast<LinkConf*>(this)->find(unit);
}

std::string LinkConf::name(const LifConf& lif) const { return IfName{link.name, lif.unit}.str(); }

std::vector<unsigned> LinkConf::units() const {
  std::vector<unsigned> out;
  for (const auto& l : lifs)
    if (l.unit) out.push_back(*l.unit);
  return out;
}

std::optional<InetAddr> default_broadcast(const Link& link, const InetAddr& addr, int prefixlen) {
  if (!addr.is_v4() || !(link.flags & IFF_BROADCAST) || prefixlen >= 31) return std::nullopt;
  return broadcast4_of(addr, prefixlen);
}

namespace {

// The store-only flags of each logical interface: its record's, found by
// address (in the kernel) or by unit (kept down) through maps, as every
// IPv6 address has a record.
class StoredFlags {
 public:
  StoredFlags(const StoredLink* stored, int family) : stored_(stored) {
    if (!stored) return;
    for (const auto& s : stored->lifs) {
      if (s.family != family) continue;
      if (s.installed) by_address_.emplace(s.address, s.flags);
      else by_unit_.emplace(s.unit, s.flags);
    }
  }

  uint64_t of(const Lif& lif) const {
    if (!stored_) return 0;
    if (!lif.unit) return stored_->physical_flags(lif.family);
    if (lif.installed) return find(by_address_, *lif.address);
    return find(by_unit_, *lif.unit);
  }

 private:
  template <typename Map, typename Key>
  static uint64_t find(const Map& m, const Key& k) {
    auto it = m.find(k);
    return it == m.end() ? 0 : it->second;
  }

  const StoredLink* stored_;
  std::map<InetAddr, uint64_t> by_address_;
  std::map<unsigned, uint64_t> by_unit_;
};

// Finds the kernel address of each logical interface: by address and
// prefix through a sorted index (one allocation, however many aliases).
class AddrIndex {
 public:
  explicit AddrIndex(const std::vector<Addr>& addrs) : addrs_(addrs), order_(addrs.size()) {
    std::iota(order_.begin(), order_.end(), 0);
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  }

  std::optional<std::size_t> of(const Lif& lif) const {
    if (!lif.installed || !lif.address) return std::nullopt;
    const std::pair<const InetAddr&, int> want(*lif.address, lif.prefixlen);
    auto it = std::lower_bound(order_.begin(), order_.end(), want,
                               [&](std::size_t i, const auto& k) { return key(i) < k; });
    for (; it != order_.end() && key(*it) == want; ++it) {
      const Addr& a = addrs_[*it];
      if (a.peer == lif.destination && a.label == lif.label) return *it;
    }
    return std::nullopt;
  }

 private:
  std::pair<const InetAddr&, int> key(std::size_t i) const { return {addrs_[i].local, addrs_[i].prefixlen}; }

  const std::vector<Addr>& addrs_;
  std::vector<std::size_t> order_;  // indices in addrs_, by (local, prefixlen), kernel order among equals
};

}  // namespace

LinkConf build_link_conf(const Link& link, std::vector<Addr> addrs_in, const StoredLink* stored, int family) {
  LinkConf c;
  c.family = family;
  c.link = link;
  c.addrs = std::move(addrs_in);
  const std::vector<Addr>& addrs = c.addrs;
  // Addresses added since the unplumb (ip addr add) plumb IPv4 again; IPv6
  // is unplumbed in the kernel (or has no state there: an MTU below 1280).
  c.inet_unplumbed = family == AF_INET6 ? link.ipv6_disabled || !link.has_inet6
                                        : stored && stored->inet_unplumbed && addrs.empty();
  const AddrIndex index(c.addrs);
  const StoredFlags stored_flags(stored, family);
  const std::vector<Lif> lifs = build_lifs(link, addrs, stored, family, {});
  c.lifs.reserve(lifs.size() + 1);
  for (const Lif& lif : lifs) {
    LifConf l;
    l.unit = lif.unit;
    l.kernel = index.of(lif);
    if (lif.address) l.address = *lif.address;
    l.prefixlen = lif.prefixlen;
    l.broadcast = lif.broadcast;
    l.destination = lif.destination;
    l.metric = lif.metric;
    l.flags = stored_flags.of(lif) | (lif.flags & sflag::DEPRECATED);
    l.up = lif.unit && lif.lif_up;
    c.lifs.push_back(std::move(l));
  }
  if (c.lifs.empty() || c.lifs.front().unit) {
    LifConf phys;
    phys.flags = stored ? stored->physical_flags(family) : 0;
    c.lifs.insert(c.lifs.begin(), phys);
  }
  return c;
}

}  // namespace solnet
