#include "ifconfig_show.h"

#include <sys/socket.h>

#include <unordered_map>

#include "escape.h"
#include "sol_flags.h"
#include "vni.h"

namespace solnet {

namespace {

Error no_such(const std::string& name) { return error(printable(name) + ": no such interface"); }

bool selected(const Lif& l, const IfconfigArgs& args) {
  if (args.only_up && !(l.flags & sflag::UP)) return false;
  if (args.only_down && (l.flags & sflag::UP)) return false;
  if (args.no_dhcp && (l.flags & sflag::DHCPRUNNING)) return false;
  return true;
}

// Only IPv4 interfaces carry the DHCP flag: IPv6-only displays skip the probe.
bool wants_dhcp(const IfconfigArgs& args) { return args.family != AF_INET6; }

Result<std::vector<Lif>> one(Kernel& kernel, StateStore& store, const IfconfigArgs& args, DhcpProbe& dhcp) {
  const IfName& name = *args.name;
  auto link = kernel.link(name.phys);
  if (!link) return link.error();
  if (!*link) return no_such(name.str());
  auto addrs = kernel.addrs(args.family, (*link)->index);
  if (!addrs) return addrs.error();

  StoreDoc doc = store.read();
  StoredLink* stored = doc.find((*link)->index, (*link)->name);
  if (stored) reconcile_link(*stored, *addrs, args.family != AF_INET6, args.family != AF_INET);

  LinkExtras extras;
  extras.dhcp = wants_dhcp(args) && dhcp.running((*link)->name);
  extras.is_vni = is_vni(**link);
  std::vector<Lif> out;
  for (auto& l : build_lifs(vni_view(**link), *addrs, stored, args.family, extras))
    if (l.unit == name.unit) out.push_back(std::move(l));
  if (out.empty()) return no_such(name.str());
  return out;
}

Result<std::vector<Lif>> all(Kernel& kernel, StateStore& store, const IfconfigArgs& args, DhcpProbe& dhcp) {
  auto links = kernel.links();
  if (!links) return links.error();
  auto addrs = kernel.addrs(args.family, 0);
  if (!addrs) return addrs.error();

  std::unordered_map<int, std::vector<Addr>> by_link;
  for (auto& a : *addrs) by_link[a.ifindex].push_back(std::move(a));
  StoreDoc doc = store.read();
  reconcile_links(doc, *links);
  const auto under_dhcp = wants_dhcp(args) ? dhcp.running_links() : std::set<std::string>();

  static const std::vector<Addr> kNone;
  std::vector<Lif> out;
  for (int fam : {AF_INET, AF_INET6}) {
    if (args.family && args.family != fam) continue;
    for (const auto& link : *links) {
      auto it = by_link.find(link.index);
      const auto& la = it == by_link.end() ? kNone : it->second;
      StoredLink* stored = doc.find(link.index, link.name);
      if (stored) reconcile_link(*stored, la, fam == AF_INET, fam == AF_INET6);
      LinkExtras extras;
      extras.dhcp = under_dhcp.count(link.name) > 0;
      extras.is_vni = is_vni(link);
      for (auto& l : build_lifs(vni_view(link), la, stored, fam, extras))
        if (selected(l, args)) out.push_back(std::move(l));
    }
  }
  return out;
}

}  // namespace

Result<std::vector<Lif>> select_lifs(Kernel& kernel, StateStore& store, const IfconfigArgs& args,
                                     DhcpProbe& dhcp) {
  return args.name ? one(kernel, store, args, dhcp) : all(kernel, store, args, dhcp);
}

}  // namespace solnet
