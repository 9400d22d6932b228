#include "src/ifconfig/show.h"

#include <sys/socket.h>

#include "lib/common/addr_groups.h"
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

// The usesrc and srcof lines of a link's stanzas of one family.
struct UsesrcLines {
  UsesrcLines(const StoreDoc& doc, const Link& link, int family)
      : usesrc(find_usesrc(doc, link.index, link.name, family)),
        srcof(srcof_names(doc, link.index, link.name, family)) {}
  void add_to(Lif& l) const {
    if (usesrc) l.usesrc = usesrc->source_name;
    if (usesrc || !srcof.empty()) l.srcof = srcof;
  }
  const StoredUsesrc* usesrc;
  std::vector<std::string> srcof;
};

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
  const UsesrcLines lines[] = {{doc, **link, AF_INET}, {doc, **link, AF_INET6}};
  std::vector<Lif> out = unit_lifs(vni_view(**link), *addrs, stored, args.family, extras, name.unit);
  for (Lif& l : out) lines[l.family == AF_INET6].add_to(l);
  if (out.empty()) return no_such(name.str());
  return out;
}

// Every link's stanzas, IPv4 then IPv6, each handed to `visit` as it is
// made: one link's worth is in memory at a time beyond the address dump.
Status all(Kernel& kernel, StateStore& store, const IfconfigArgs& args, DhcpProbe& dhcp, const LifVisit& visit) {
  auto links = kernel.links();
  if (!links) return links.error();
  auto addrs = kernel.addrs(args.family, 0);
  if (!addrs) return addrs.error();

  AddrGroups groups(*addrs);
  StoreDoc doc = store.read();
  reconcile_links(doc, *links);
  const auto under_dhcp = wants_dhcp(args) ? dhcp.running_links() : std::set<std::string>();

  for (int fam : {AF_INET, AF_INET6}) {
    if (args.family && args.family != fam) continue;
    for (const auto& link : *links) {
      const std::span<const Addr> la = groups.of(fam, link.index);
      StoredLink* stored = doc.find(link.index, link.name);
      if (stored) reconcile_link(*stored, la, fam == AF_INET, fam == AF_INET6);
      LinkExtras extras;
      extras.dhcp = under_dhcp.count(link.name) > 0;
      extras.is_vni = is_vni(link);
      const UsesrcLines lines(doc, link, fam);
      each_lif(vni_view(link), la, stored, fam, extras, [&](Lif& l) {
        lines.add_to(l);
        if (selected(l, args)) visit(l);
      });
    }
  }
  return {};
}

}  // namespace

Status show_lifs(Kernel& kernel, StateStore& store, const IfconfigArgs& args, DhcpProbe& dhcp, const LifVisit& visit) {
  if (!args.name) return all(kernel, store, args, dhcp, visit);
  auto lifs = one(kernel, store, args, dhcp);
  if (!lifs) return lifs.error();
  for (auto& l : *lifs) visit(l);
  return {};
}

Result<std::vector<Lif>> select_lifs(Kernel& kernel, StateStore& store, const IfconfigArgs& args,
                                     DhcpProbe& dhcp) {
  if (args.name) return one(kernel, store, args, dhcp);
  std::vector<Lif> out;
  if (auto st = all(kernel, store, args, dhcp, [&](Lif& l) { out.push_back(std::move(l)); }); !st) return st.error();
  return out;
}

}  // namespace solnet
