#include "lib/ifconfig/fold.h"

#include <net/if.h>
#include <net/if_arp.h>
#include <sys/socket.h>

#include <algorithm>

#include "lib/common/escape.h"
#include "lib/common/ether_addr.h"
#include "lib/common/ifname.h"
#include "lib/ifconfig/lif.h"

namespace solnet {

namespace {

class Folder {
 public:
  Folder(LinkConf& conf, bool by_all, const IfCommand& cmd, const std::vector<NetmaskEntry>& netmasks,
         FoldNotes& notes)
      : c_(conf), by_all_(by_all), cmd_(cmd), netmasks_(netmasks), notes_(notes) {}

  Status run(std::optional<unsigned> unit) {
    if (unit && c_.inet_unplumbed) return no_such(unit);
    origin_ = target_ = unit;
    if (unit && !c_.find(unit)) create(*unit);
    for (const auto& a : cmd_.actions)
      if (auto st = apply(a); !st) return st;
    // "IF:N 0 down": a logical interface left without an address is deleted.
    std::erase_if(c_.lifs, [&](const LifConf& l) {
      return l.unit && !l.addressed() && !l.up && std::count(zeroed_.begin(), zeroed_.end(), *l.unit);
    });
    // A peer that is the local address is no peer (the kernel keeps it so):
    // vpnc-script's "A pointopoint A", run again, must change nothing.
    for (auto& l : c_.lifs)
      if (l.destination && l.addressed() && *l.destination == l.address) l.destination.reset();
    if (!needs_address_.empty() && !c_.physical().addressed() && !by_all_)
      return error(printable(c_.link.name) + ": " + std::string(needs_address_) + " needs an address");
    return {};
  }

 private:
  Error no_such(std::optional<unsigned> unit) const {
    return error(printable(IfName{c_.link.name, unit}.str()) + ": no such interface");
  }

  LifConf& target() { return *c_.find(target_); }

  LifConf& create(unsigned unit) {
    LifConf l;
    l.unit = unit;
    auto at = std::find_if(c_.lifs.begin() + 1, c_.lifs.end(), [&](const LifConf& o) { return *o.unit > unit; });
    return *c_.lifs.insert(at, l);
  }

  Status apply(const IfAction& a) {
    if (c_.inet_unplumbed && a.op != IfOp::plumb) return no_such(std::nullopt);
    if ((sets_address(a.op) || a.op == IfOp::destination) && !a.addr.is_v6() &&
        (a.addr.v4() & 0xf0000000u) == 0xe0000000u)
      return error(a.addr.str() + ": a multicast address cannot be an interface address");
    if (gone_) return no_such(target_);
    // addif works from the interface the command names, as illumos does.
    if (a.op == IfOp::addif) target_ = origin_;
    const bool shows = a.op == IfOp::ether && !a.hw;
    if (a.keyword && a.keyword->physical_only && target_ && !shows)
      return error(printable(IfName{c_.link.name, target_}.str()) + ": " + std::string(a.keyword->info.name) +
                   " applies to physical interfaces only");
    LifConf& t = target();
    switch (a.op) {
      case IfOp::address: set_address(t, a); return {};
      case IfOp::destination:
        needs_address(t, a);
        t.destination = a.addr;
        // Solaris' second address makes a point-to-point interface, which
        // has no broadcast address; net-tools' keywords leave the kernel's.
        if (!a.keyword) t.broadcast.reset();
        return {};
      case IfOp::no_destination:
        t.destination.reset();
        if (t.addressed()) t.broadcast = default_broadcast(c_.link, t.address, t.prefixlen);
        return {};
      case IfOp::up: mark_up(t); return {};
      case IfOp::down:
        if (t.unit) t.up = false;
        else c_.link.flags &= ~IFF_UP;
        return {};
      case IfOp::link_flag: {
        const unsigned iff = link_iff_of(a.keyword->flag);
        c_.link.flags = a.keyword->on ? (c_.link.flags | iff) : (c_.link.flags & ~iff);
        return {};
      }
      case IfOp::lif_flag:
        t.flags = a.keyword->on ? (t.flags | a.keyword->flag) : (t.flags & ~a.keyword->flag);
        return {};
      case IfOp::netmask:
        if (a.plus) {
          // No address, no key to look the mask up by: nothing to do (illumos).
          if (t.addressed()) t.prefixlen = netmask_lookup(netmasks_, t.address.v4());
        } else {
          needs_address(t, a);
          t.prefixlen = *a.prefix;
        }
        return {};
      case IfOp::broadcast:
        if (a.plus) {
          if (t.addressed()) t.broadcast = default_broadcast(c_.link, t.address, t.prefixlen);
        } else {
          needs_address(t, a);
          t.broadcast = a.addr;
        }
        return {};
      case IfOp::no_broadcast: t.broadcast.reset(); return {};
      case IfOp::metric:
        needs_address(t, a);
        t.metric = a.number;
        return {};
      case IfOp::mtu:
        // inet6 has its own MTU, as on Solaris (net.ipv6.conf.IF.mtu)
        if (c_.family == AF_INET6) {
          c_.link.ipv6_mtu = a.number;
          return {};
        }
        // Refused here rather than by the kernel: the link would already be
        // down (down goes first), and up again loses its neighbours.
        if (c_.link.max_mtu && a.number > c_.link.max_mtu)
          return error(printable(c_.link.name) + ": cannot set mtu " + std::to_string(a.number) +
                       ": more than the link's maximum " + std::to_string(c_.link.max_mtu));
        if (a.number < c_.link.min_mtu)
          return error(printable(c_.link.name) + ": cannot set mtu " + std::to_string(a.number) +
                       ": less than the link's minimum " + std::to_string(c_.link.min_mtu));
        c_.link.mtu = a.number;
        return {};
      case IfOp::txqueuelen: c_.link.txqlen = a.number; return {};
      case IfOp::ether:
      case IfOp::hw:
        // An Ethernet address fits Ethernet links only: the kernel refuses
        // net-tools' SIOCSIFHWADDR of another type, netlink would not.
        if (a.hw && c_.link.type != ARPHRD_ETHER)
          return error(printable(c_.link.name) + ": not an Ethernet interface: cannot set " + ether_colon(*a.hw));
        // As for mtu: what the kernel would refuse is refused before the down.
        if (a.hw && ((*a.hw)[0] & 1))
          return error(printable(c_.link.name) + ": cannot set ether " + ether_solaris(*a.hw) +
                       ": a multicast address is no interface's address");
        if (a.hw && std::all_of(a.hw->begin(), a.hw->end(), [](uint8_t b) { return b == 0; }))
          return error(printable(c_.link.name) + ": cannot set ether " + ether_solaris(*a.hw) +
                       ": the all-zero address is no interface's address");
        if (a.hw) c_.link.hwaddr = *a.hw;
        else notes_.ether.push_back(c_.link.name);
        return {};
      case IfOp::plumb: c_.inet_unplumbed = false; return {};
      case IfOp::unplumb: unplumb(t); return {};
      case IfOp::addif: addif(a); return {};
      case IfOp::removeif: return remove(a, false);
      case IfOp::add: add(a); return {};
      case IfOp::del: return remove(a, true);
      case IfOp::configinfo: notes_.configinfo.push_back(c_.name(t)); return {};
      case IfOp::auto_revarp: set_address(t, a); return {};
      case IfOp::usesrc:
        if (a.ifname == c_.link.name)
          return error(printable(c_.link.name) + ": cannot specify the same interface for usesrc");
        c_.usesrc = a.ifname;
        return {};
      case IfOp::media: return {};
      case IfOp::set: assign(t, a, default_prefix(a.addr)); return {};
      case IfOp::subnet: return subnet(t, a);
      case IfOp::router:
        (c_.family == AF_INET6 ? c_.link.forwarding6 : c_.link.forwarding4) = a.keyword->on;
        return {};
      case IfOp::token: c_.link.ipv6_token = a.addr.is_zero() ? InetAddr{} : a.addr; return {};
      case IfOp::refused: return error(refusal_message(*a.keyword));
    }
    return {};
  }

  // The mask an address without "/LEN" (or netmask) gets: the classful one
  // for IPv4, as SunOS and net-tools give, but /32 on a point-to-point link
  // (the kernel's SIOCSIFADDR does so: the peer is a host, and a classful
  // mask would route a whole network into the tunnel); for IPv6 /64, the
  // subnet size, and /128 on a loopback link (the kernel's ::1/128, illumos'
  // lo0).
  int default_prefix(const InetAddr& addr) const {
    if (addr.is_zero()) return 0;
    if (!addr.is_v6()) return (c_.link.flags & IFF_POINTOPOINT) ? 32 : classful_prefix4(addr.v4());
    return (c_.link.flags & IFF_LOOPBACK) ? 128 : 64;
  }

  // Linux derives the subnet from the address and its prefix length, so
  // "subnet" sets the length of a subnet that holds the address.
  Status subnet(LifConf& t, const IfAction& a) {
    const std::string what = "subnet " + a.arg;
    if (!t.addressed()) return error(printable(c_.name(t)) + ": " + what + ": the interface has no address");
    if (network_of(t.address, *a.prefix) != network_of(a.addr, *a.prefix))
      return error(what + ": does not hold " + t.address.str());
    t.prefixlen = *a.prefix;
    return {};
  }

  // Settings that only mean something with an address: kept for a logical
  // interface (the store holds them), an error on a physical one that ends
  // the command without an address.
  void needs_address(const LifConf& t, const IfAction& a) {
    if (!t.unit && needs_address_.empty()) needs_address_ = a.keyword ? a.keyword->info.name : "destination";
  }

  // A logical interface's up and down leave the link alone, as an alias's
  // do on Linux (devinet_ioctl) and a logical interface's on Solaris.
  void mark_up(LifConf& t) {
    if (t.unit) t.up = true;
    else c_.link.flags |= IFF_UP;
  }

  // The mask an address gets when it is set: its own "/LEN", else the
  // command's netmask (illumos), else `fallback`.
  int prefix_for(const IfAction& a, int fallback) const {
    if (a.prefix) return *a.prefix;
    if (cmd_.address_netmask) {
      const IfAction& m = cmd_.actions[*cmd_.address_netmask];
      return m.plus ? netmask_lookup(netmasks_, a.addr.v4()) : *m.prefix;
    }
    return fallback;
  }

  static bool sets_address(IfOp op) {
    return op == IfOp::address || op == IfOp::addif || op == IfOp::add || op == IfOp::set;
  }

  void assign(LifConf& t, const IfAction& a, int fallback_prefix) {
    // The address the interface has, without a mask: nothing changes, as
    // the kernel's SIOCSIFADDR leaves it (mask, broadcast and routes stay).
    if (t.addressed() && t.address == a.addr && !a.prefix && !cmd_.address_netmask) return;
    if (a.addr.is_zero()) {
      t.address = InetAddr{};
      t.up = false;
      if (t.unit) zeroed_.push_back(*t.unit);
      return;
    }
    // A new address has no peer until the command gives one, as the
    // kernel's SIOCSIFADDR resets it: a stale peer would route elsewhere.
    if (t.addressed() && t.address != a.addr) t.destination.reset();
    t.address = a.addr;
    t.prefixlen = prefix_for(a, fallback_prefix);
    t.broadcast = t.destination ? std::nullopt : default_broadcast(c_.link, t.address, t.prefixlen);
  }

  // Setting an address brings the interface up (SunOS, net-tools); with no
  // netmask in the command the mask is the classful one, as both do.
  void set_address(LifConf& t, const IfAction& a) {
    assign(t, a, default_prefix(a.addr));
    // 0.0.0.0 removes the address and still brings the link up, as
    // net-tools' SIOCSIFFLAGS after any address does (OpenVPN's teardown).
    if (!a.addr.is_zero() || !t.unit) mark_up(t);
  }

  void addif(const IfAction& a) {
    LifConf& l = create(lowest_free_unit(c_.units()));
    assign(l, a, default_prefix(a.addr));
    target_ = l.unit;
    notes_.created.push_back(c_.name(l));
  }

  // net-tools "add": a new logical interface, up, with the physical
  // interface's mask unless the command gives one; IPv6 ones are /128, as
  // net-tools adds them. An address the kernel already has on the link
  // (with that prefix, or none given) is left as it is: scripts run again,
  // and busybox adds ::1 to a lo that came up with it.
  void add(const IfAction& a) {
    if (std::any_of(c_.lifs.begin(), c_.lifs.end(), [&](const LifConf& l) {
          return l.installed() && l.address == a.addr && (!a.prefix || l.prefixlen == *a.prefix);
        }))
      return;
    const LifConf& phys = c_.physical();
    const int fallback = a.addr.is_v6() ? 128 : phys.addressed() ? phys.prefixlen : classful_prefix4(a.addr.v4());
    // IPv4: net-tools' set_ifstate takes the first free alias from IF:0.
    LifConf& l = create(lowest_free_unit(c_.units(), a.addr.is_v6() ? 1 : 0));
    assign(l, a, fallback);
    mark_up(l);
  }

  Status remove(const IfAction& a, bool physical_ok) {
    const std::string what = std::string(a.keyword->info.name) + " " + a.arg;
    auto it = std::find_if(c_.lifs.begin(), c_.lifs.end(), [&](const LifConf& l) {
      return l.addressed() && l.address == a.addr && (!a.prefix || l.prefixlen == *a.prefix);
    });
    if (it == c_.lifs.end()) return error(what + ": no such address on " + printable(c_.link.name));
    if (!it->unit) {
      if (!physical_ok) return error(what + ": that is the address of " + printable(c_.link.name) + " itself");
      it->address = InetAddr{};
      return {};
    }
    if (it->unit == target_) gone_ = true;
    c_.lifs.erase(it);
    return {};
  }

  void unplumb(LifConf& t) {
    if (t.unit) {
      const unsigned unit = *t.unit;
      std::erase_if(c_.lifs, [&](const LifConf& l) { return l.unit == unit; });
      gone_ = true;
      return;
    }
    c_.lifs.erase(c_.lifs.begin() + 1, c_.lifs.end());
    c_.physical().address = InetAddr{};
    c_.physical().flags = 0;
    c_.inet_unplumbed = true;
  }

  LinkConf& c_;
  bool by_all_;
  const IfCommand& cmd_;
  const std::vector<NetmaskEntry>& netmasks_;
  FoldNotes& notes_;
  std::optional<unsigned> origin_;
  std::optional<unsigned> target_;
  bool gone_ = false;             // the target was deleted by the command
  std::vector<unsigned> zeroed_;  // logical units given the address 0
  std::string_view needs_address_;  // a keyword that needs the physical interface addressed
};

}  // namespace

Status fold_command(LinkConf& conf, std::optional<unsigned> unit, bool by_all, const IfCommand& cmd,
                    const std::vector<NetmaskEntry>& netmasks, FoldNotes& notes) {
  return Folder(conf, by_all, cmd, netmasks, notes).run(unit);
}

// What the kernel would refuse with a bare "Invalid argument" or "No such
// file" (sysctl writes have no extended acknowledgement).
static Status validate_inet6(const LinkConf& cur, const LinkConf& want) {
  const std::string name = printable(want.link.name);
  if (cur.inet_unplumbed && !want.inet_unplumbed && !want.link.has_inet6)
    return error(name + ": cannot plumb inet6: " +
                 (want.link.mtu < 1280 ? "the link's mtu " + std::to_string(want.link.mtu) + " is below 1280"
                                       : std::string("the kernel keeps no IPv6 state for the link")));
  if (want.link.ipv6_mtu != cur.link.ipv6_mtu && want.link.ipv6_mtu > want.link.mtu)
    return error(name + ": inet6 mtu " + std::to_string(want.link.ipv6_mtu) + ": more than the link's mtu " +
                 std::to_string(want.link.mtu));
  return {};
}

Status validate_link_conf(const LinkConf& cur, const LinkConf& want) {
  if (want.family == AF_INET6)
    if (auto st = validate_inet6(cur, want); !st) return st;
  // An address given twice on the link: refused when the command gave it
  // (ip can add 10.0.0.1/24 and 10.0.0.1/16; that is left alone). Only the
  // few addresses the command gave are looked for among the others, in one
  // pass: a link may hold 20,000.
  using UnitAddr = std::pair<std::optional<unsigned>, InetAddr>;
  std::vector<UnitAddr> was;
  was.reserve(cur.lifs.size());
  for (const auto& l : cur.lifs) was.emplace_back(l.unit, l.address);
  auto by_unit = [](const UnitAddr& a, const UnitAddr& b) { return a.first < b.first; };
  if (!std::is_sorted(was.begin(), was.end(), by_unit)) std::stable_sort(was.begin(), was.end(), by_unit);
  struct Given {
    const LifConf* lif;
    const LifConf* other = nullptr;  // the first other logical interface with its address
  };
  std::vector<Given> given;  // in the order of want.lifs
  for (const auto& l : want.lifs) {
    if (!l.addressed()) continue;
    auto w = std::lower_bound(was.begin(), was.end(), UnitAddr{l.unit, {}}, by_unit);
    if (w != was.end() && w->first == l.unit && w->second == l.address) continue;
    given.push_back({&l});
  }
  if (given.empty()) return {};
  using AddrAt = std::pair<InetAddr, std::size_t>;  // a given address, its place in `given`
  std::vector<AddrAt> by_address;
  for (std::size_t i = 0; i < given.size(); ++i) by_address.emplace_back(given[i].lif->address, i);
  auto by_addr = [](const AddrAt& a, const AddrAt& b) { return a.first < b.first; };
  std::sort(by_address.begin(), by_address.end(), by_addr);
  for (const auto& o : want.lifs) {
    if (!o.addressed()) continue;
    auto [from, to] = std::equal_range(by_address.begin(), by_address.end(), AddrAt{o.address, 0}, by_addr);
    for (auto it = from; it != to; ++it)
      if (Given& g = given[it->second]; g.lif != &o && !g.other) g.other = &o;
  }
  for (const auto& g : given)
    if (g.other)
      return error(printable(want.name(*g.lif)) + ": " + g.lif->address.str() + " is already the address of " +
                   printable(want.name(*g.other)));
  return {};
}

}  // namespace solnet
