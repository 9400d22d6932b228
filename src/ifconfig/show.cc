#include "src/ifconfig/show.h"

#include <sys/socket.h>

#include <unordered_map>

#include "lib/common/escape.h"
#include "lib/ifconfig/sol_flags.h"
#include "lib/ifconfig/usesrc.h"
#include "lib/ifconfig/vni.h"

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

// The usesrc and srcof lines of a link's stanzas, each family's own.
void add_usesrc(std::vector<Lif>& lifs, const StoreDoc& doc, const Link& link) {
  for (int family : {AF_INET, AF_INET6}) {
    const StoredUsesrc* u = find_usesrc(doc, link.index, link.name, family);
    std::vector<std::string> srcof = srcof_names(doc, link.index, link.name, family);
    if (!u && srcof.empty()) continue;
    for (auto& l : lifs) {
      if (l.family != family) continue;
      if (u) l.usesrc = u->source_name;
      l.srcof = srcof;
    }
  }
}

// Drops the usesrc records that involve `link` and name a link that is no
// longer there: -a reconciles against every link, one interface asks for
// the few others by name.
Status drop_stale_usesrc(Kernel& kernel, StoreDoc& doc, const Link& link) {
  std::vector<StoredUsesrc> keep;
  for (const auto& u : doc.usesrc) {
    const bool consumer = u.index == link.index && u.name == link.name;
    const bool source = u.source_index == link.index && u.source_name == link.name;
    if (consumer || source) {
      auto other = consumer ? kernel.link(u.source_name) : kernel.link(u.name);
      if (!other) return other.error();
      if (!*other || (*other)->index != (consumer ? u.source_index : u.index)) continue;
    }
    keep.push_back(u);
  }
  doc.usesrc = std::move(keep);
  return {};
}

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
  if (auto st = drop_stale_usesrc(kernel, doc, **link); !st) return st.error();
  std::vector<Lif> out;
  for (auto& l : build_lifs(vni_view(**link), *addrs, stored, args.family, extras))
    if (l.unit == name.unit) out.push_back(std::move(l));
  add_usesrc(out, doc, **link);
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
      std::vector<Lif> lifs = build_lifs(vni_view(link), la, stored, fam, extras);
      add_usesrc(lifs, doc, link);
      for (auto& l : lifs)
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
