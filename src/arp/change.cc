#include "src/arp/change.h"

#include <net/if.h>
#include <net/if_arp.h>
#include <sys/socket.h>

#include <algorithm>

#include "lib/arp/file.h"
#include "lib/common/escape.h"

namespace solnet {

namespace {

const Link* find_link(const std::vector<Link>& links, const std::string& name) {
  auto it = std::find_if(links.begin(), links.end(), [&](const Link& l) { return l.name == name; });
  return it == links.end() ? nullptr : &*it;
}

// What one command reads, read once: a -f file sets many entries.
class Changer {
 public:
  Changer(const ArpArgs& a, ArpSystem& sys) : a_(a), sys_(sys) {}

  Status set(const ArpChange& c);
  Result<ArpDeleted> del(const ArpChange& c);
  std::vector<std::string> warnings;

 private:
  Result<const std::vector<Link>*> links();
  Result<const std::vector<Addr>*> addrs();  // IPv4, every link
  // The link whose IPv4 subnet holds `addr`: the longest prefix, then the
  // lowest index. This is the interface illumos publishes on.
  Result<const Link*> subnet_owner(const InetAddr& addr);
  // -i IF or `dev IF`; null when neither was given.
  Result<const Link*> named_link(const ArpChange& c);
  // net-tools publishes on the interface that has the MAC given; when
  // several share it (a bridge and its port), the one on HOST's subnet.
  Result<const Link*> link_with_mac(const HwAddr& mac, const InetAddr& addr);
  Result<const Link*> choose_link(const ArpChange& c, const InetAddr& addr, const HwAddr& mac,
                                  const Link* named, const Link* source);
  Result<HwAddr> mac_of(const ArpChange& c, const Link*& source);
  // What the kernel refuses, or illumos does, before anything is set.
  Status check(const ArpChange& c, const Link& link, const HwAddr& mac);

  const ArpArgs& a_;
  ArpSystem& sys_;
  std::optional<std::vector<Link>> links_;
  std::optional<std::vector<Addr>> addrs_;
};

Result<const std::vector<Link>*> Changer::links() {
  if (!links_) {
    auto l = sys_.kernel.links();
    if (!l) return l.error();
    links_ = std::move(*l);
  }
  return &*links_;
}

Result<const std::vector<Addr>*> Changer::addrs() {
  if (!addrs_) {
    auto r = sys_.kernel.addrs(AF_INET, 0);
    if (!r) return r.error();
    addrs_ = std::move(*r);
  }
  return &*addrs_;
}

Result<const Link*> Changer::subnet_owner(const InetAddr& addr) {
  auto as = addrs();
  if (!as) return as.error();
  const Addr* best = nullptr;
  for (const auto& x : **as) {
    if (network_of(x.local, x.prefixlen) != network_of(addr, x.prefixlen)) continue;
    if (!best || x.prefixlen > best->prefixlen || (x.prefixlen == best->prefixlen && x.ifindex < best->ifindex))
      best = &x;
  }
  if (!best) return static_cast<const Link*>(nullptr);
  auto l = links();
  if (!l) return l.error();
  auto it = std::find_if((*l)->begin(), (*l)->end(), [&](const Link& k) { return k.index == best->ifindex; });
  return it == (*l)->end() ? nullptr : &*it;
}

Result<const Link*> Changer::named_link(const ArpChange& c) {
  const auto& name = c.dev ? c.dev : a_.device;
  if (!name) return static_cast<const Link*>(nullptr);
  auto l = links();
  if (!l) return l.error();
  if (const Link* k = find_link(**l, *name)) return k;
  return error(printable(*name) + ": no such interface");
}

Result<const Link*> Changer::link_with_mac(const HwAddr& mac, const InetAddr& addr) {
  auto l = links();
  if (!l) return l.error();
  // The kernel's dev_getbyhwaddr matches the hardware type too: lo's zero
  // address is no Ethernet address.
  const int type = a_.hw.type ? a_.hw.type->arphrd : ARPHRD_ETHER;
  std::vector<const Link*> have;
  for (const auto& k : **l)
    if (k.type == type && k.hwaddr == mac) have.push_back(&k);
  if (have.size() <= 1) return have.empty() ? nullptr : have[0];
  auto owner = subnet_owner(addr);
  if (!owner) return owner.error();
  if (std::find(have.begin(), have.end(), *owner) != have.end()) return *owner;
  return have[0];
}

Result<HwAddr> Changer::mac_of(const ArpChange& c, const Link*& source) {
  if (const auto* mac = std::get_if<HwAddr>(&*c.hw)) return *mac;
  const std::string& name = std::get<ArpDeviceMac>(*c.hw).ifname;
  auto l = links();
  if (!l) return l.error();
  // -D eth1:0 is eth1's MAC: the kernel's SIOCGIFHWADDR drops the unit
  // (its SIOCSARP does not, so -i and dev name links).
  source = find_link(**l, name.substr(0, name.find(':')));
  if (!source) return error(printable(name) + ": no such interface");
  // -H names the hardware type the -D interface must have (net-tools).
  if (a_.hw.type && a_.hw.type->arphrd != source->type)
    return error(printable(name) + ": protocol type mismatch: not an " + std::string(a_.hw.type->name) +
                 " interface");
  return source->hwaddr;
}

Result<const Link*> Changer::choose_link(const ArpChange& c, const InetAddr& addr, const HwAddr& mac,
                                         const Link* named, const Link* source) {
  if (named) return named;
  // An unpublished entry without an interface goes where the kernel's link
  // route to HOST goes (SIOCSARP), not to the -D interface; none for one
  // of our own addresses (its route is through lo: EINVAL).
  if (!c.pub) {
    auto as = addrs();
    if (!as) return as.error();
    if (std::any_of((*as)->begin(), (*as)->end(), [&](const Addr& x) { return x.local == addr; }))
      return error(printable(c.host.word) + ": is a local address (name an interface with -i)");
  } else if (source) {
    return source;
  }
  if (c.pub) {
    auto by_mac = link_with_mac(mac, addr);
    if (!by_mac) return by_mac.error();
    if (*by_mac) return *by_mac;
    // net-tools: the kernel looks for the link with the MAC (ENODEV).
    if (a_.net_tools)
      return error(printable(c.host.word) + ": no interface has " + ether_colon(mac) + " (name one with -i)");
  }
  auto owner = subnet_owner(addr);
  if (!owner) return owner.error();
  if (!*owner) return error(printable(c.host.word) + ": no interface on its subnet (name one with -i)");
  return *owner;
}

// A published entry in the net-tools reading is made as net-tools' kernel
// makes it: on any link, temp or not (proxy entries never age), whatever
// MAC the line gives, with a warning that Linux answers with the link's
// own. illumos' reading refuses what Linux cannot do as asked.
Status Changer::check(const ArpChange& c, const Link& link, const HwAddr& mac) {
  const std::string who = printable(c.host.word);
  if (c.pub && a_.net_tools) {
    if (mac != link.hwaddr && !c.whole_link)
      warnings.push_back("arp: warning: " + who + ": Linux answers for published addresses with " +
                         printable(link.name) + "'s own address" +
                         (link.hwaddr.empty() ? std::string() : " " + ether_colon(link.hwaddr)) + ", not " +
                         (mac.empty() ? std::string("none") : ether_colon(mac)));
    return {};
  }
  if (link.type != ARPHRD_ETHER || (link.flags & (IFF_NOARP | IFF_LOOPBACK | IFF_POINTOPOINT)))
    return error(printable(link.name) + ": interface does not use ARP");
  if (c.pub && c.temp) return error("a published entry cannot be temporary: Linux proxy entries never age");
  if (c.pub && mac != link.hwaddr)
    return error(who + ": cannot publish " + ether_colon(mac) + ": Linux answers for published addresses with " +
                 printable(link.name) + "'s own address " + ether_colon(link.hwaddr));
  return {};
}

Status Changer::set(const ArpChange& c) {
  const InetAddr& addr = c.host.addr;
  const std::string who = printable(c.host.word);
  auto named = named_link(c);
  if (!named) return named.error();
  const Link* source = nullptr;
  auto mac = mac_of(c, source);
  if (!mac) return mac.error();
  auto chosen = choose_link(c, addr, *mac, *named, source);
  if (!chosen) return chosen.error();
  const Link& link = **chosen;
  // The kernel's SIOCSARP: the hardware address must be of the type of
  // the named link, or for an unpublished entry of the link it goes to (an
  // Ethernet MAC, or the -D link's, on tun or lo: EINVAL).
  const Link* typed = *named ? *named : (!c.pub && a_.net_tools ? &link : nullptr);
  if (typed && typed->type != (source ? source->type : ARPHRD_ETHER))
    return error(printable(typed->name) + ": hardware type mismatch: " +
                 (source ? printable(source->name) + "'s address" : std::string("an Ethernet address")) +
                 " on a link of another type");
  if (auto st = check(c, link, *mac); !st) return st;
  if (!sys_.privileged) return error(who + ": permission denied");

  if (c.whole_link) {
    if (auto st = sys_.neigh.set_proxy_arp(link.name, true); !st) return error(who + ": " + st.error().message);
    return {};
  }
  Neighbour n;
  n.addr = addr;
  n.ifindex = link.index;
  n.proxy = c.pub;
  if (!c.pub) n.lladdr = *mac;
  // A temporary entry is STALE, as the kernel makes net-tools' temp ones:
  // verified on first use, then aged out.
  n.state = c.temp ? NUD_STALE : NUD_PERMANENT;
  n.protocol = c.permanent ? kAuthorityProtocol : 0;
  // A replacement without a protocol keeps the old entry's, so an entry
  // losing `permanent` is removed first.
  if (!c.permanent) {
    auto old = sys_.neigh.get(n.addr, n.ifindex, n.proxy);
    if (!old) return old.error();
    if (*old && (*old)->protocol == kAuthorityProtocol) {
      if (auto st = sys_.neigh.remove(**old); !st) return error(who + ": " + st.error().message);
    }
  }
  if (auto st = sys_.neigh.set(n); !st) return error(who + ": " + st.error().message);
  return {};
}

Result<ArpDeleted> Changer::del(const ArpChange& c) {
  const InetAddr& addr = c.host.addr;
  const std::string who = printable(c.host.word);
  auto named = named_link(c);
  if (!named) return named.error();

  if (c.whole_link) {
    const Link* link = *named;
    if (!link) {
      auto owner = subnet_owner(addr);
      if (!owner) return owner.error();
      if (!*owner) return error(who + ": no interface on its subnet (name one with -i)");
      link = *owner;
    }
    auto pa = sys_.neigh.proxy_arp();
    if (!pa) return pa.error();
    if (std::find(pa->ifindexes.begin(), pa->ifindexes.end(), link->index) == pa->ifindexes.end())
      return ArpDeleted{0};
    if (!sys_.privileged) return error(who + ": permission denied");
    if (auto st = sys_.neigh.set_proxy_arp(link->name, false); !st) return error(who + ": " + st.error().message);
    return ArpDeleted{1};
  }

  auto ns = sys_.neigh.neighbours(*named ? (*named)->index : 0);
  if (!ns) return ns.error();
  std::vector<Neighbour> doomed;
  // pub: only the published entry; priv: only the other; neither or both:
  // all (illumos), or net-tools' first SIOCDARP that finds one: the
  // unpublished entry, else the published one.
  bool proxy = c.pub;
  if (c.pub == c.priv && a_.net_tools)
    proxy = std::none_of(ns->begin(), ns->end(), [&](const Neighbour& n) { return n.addr == addr && !n.proxy; });
  for (const auto& n : *ns)
    if (n.addr == addr && ((c.pub == c.priv && !a_.net_tools) || n.proxy == proxy)) doomed.push_back(n);
  if (doomed.empty()) return ArpDeleted{0};
  if (!sys_.privileged) return error(who + ": permission denied");
  for (const auto& n : doomed)
    if (auto st = sys_.neigh.remove(n); !st) return error(who + ": " + st.error().message);
  return ArpDeleted{static_cast<int>(doomed.size())};
}

}  // namespace

Result<ArpSet> set_arp(const ArpArgs& args, ArpSystem& sys) {
  Changer ch(args, sys);
  if (auto st = ch.set(*args.change); !st) return st.error();
  return ArpSet{std::move(ch.warnings)};
}

Result<ArpDeleted> delete_arp(const ArpArgs& args, ArpSystem& sys) {
  Changer ch(args, sys);
  return ch.del(*args.change);
}

Result<ArpFileSet> file_arp(const ArpArgs& args, ArpSystem& sys) {
  const std::string& path = *args.file;
  auto text = sys.read_file(path);
  if (!text) return text.error();
  if (!sys.privileged) return error(printable(path) + ": permission denied");
  Changer ch(args, sys);
  ArpFileSet out{path, {}, {}};
  for (const auto& line : parse_arp_file(*text, args.hw, sys.names)) {
    Status st = line.change ? ch.set(*line.change) : Status(line.change.error());
    out.lines.push_back({line.number, st ? std::nullopt : std::optional<Error>(st.error())});
  }
  out.warnings = std::move(ch.warnings);
  return out;
}

}  // namespace solnet
