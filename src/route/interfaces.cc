#include "src/route/interfaces.h"

#include <sys/socket.h>

#include "lib/ifconfig/lif.h"

namespace solnet {

Result<RouteInterfaces> RouteInterfaces::read(Kernel& kernel, StateStore& store, int family) {
  auto links = kernel.links();
  if (!links) return links.error();
  auto addrs = kernel.addrs(family, 0);
  if (!addrs) return addrs.error();
  StoreDoc doc = store.read();
  reconcile_links(doc, *links);
  RouteInterfaces out;
  for (const auto& link : *links) {
    out.links_[link.index] = {link.name, link.mtu};
    std::vector<Addr> mine;
    for (const auto& a : *addrs)
      if (a.ifindex == link.index) mine.push_back(a);
    StoredLink* stored = doc.find(link.index, link.name);
    if (stored) reconcile_link(*stored, mine, family != AF_INET6, family != AF_INET);
    for (const auto& l : build_lifs(link, mine, stored, family, {}))
      if (l.installed && l.address) out.lifs_.emplace(std::pair{link.index, *l.address}, l.name);
  }
  return out;
}

std::string RouteInterfaces::link_name(int index) const {
  auto it = links_.find(index);
  return it == links_.end() ? "" : it->second.first;
}

unsigned RouteInterfaces::link_mtu(int index) const {
  auto it = links_.find(index);
  return it == links_.end() ? 0 : it->second.second;
}

std::optional<std::string> RouteInterfaces::lif_name(int index, const InetAddr& addr) const {
  auto it = lifs_.find({index, addr});
  if (it == lifs_.end()) return std::nullopt;
  return it->second;
}

void RouteInterfaces::name(Route& r) const {
  r.ifname = link_name(r.oif);
  for (auto& nh : r.multipath) nh.ifname = link_name(nh.oif);
}

RouteEntry RouteInterfaces::entry(Route r) const {
  name(r);
  RouteEntry e{std::move(r), std::nullopt};
  if (e.route.prefsrc) e.logical_interface = lif_name(e.route.oif, *e.route.prefsrc);
  return e;
}

}  // namespace solnet
