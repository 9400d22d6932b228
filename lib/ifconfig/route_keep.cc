#include "lib/ifconfig/route_keep.h"

#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include <algorithm>
#include <iterator>

namespace solnet {

namespace {

constexpr uint8_t kProtoRa = 9;     // RTPROT_RA
constexpr uint8_t kProtoDhcp = 16;  // RTPROT_DHCP

bool covers(const InetAddr& net, int len, const InetAddr& a) {
  return net.family == a.family && network_of(net, len) == network_of(a, len);
}

// Whether the next hop needs an address of the link on its subnet.
bool needs_subnet(const Route& r) {
  return r.has_gateway() && !(r.flags & RTNH_F_ONLINK) && !r.gateway.is_v6_link_local();
}

bool in_kernel(const RouteWorld& w, int index, auto pred) {
  return std::any_of(w.addrs.begin(), w.addrs.end(),
                     [&](const Addr& a) { return (index == 0 || a.ifindex == index) && pred(a.local, a.prefixlen); });
}

// A logical interface that waits in the store (down, with an address).
bool in_store(const RouteWorld& w, int index, auto pred) {
  if (index != w.index) return false;
  return std::any_of(w.stored.begin(), w.stored.end(),
                     [&](const StoredLif& l) { return !l.installed && l.address.family && pred(l.address, l.prefixlen); });
}

}  // namespace

bool kept_route(const Route& r) {
  if (r.table == RT_TABLE_LOCAL || (r.flags & RTM_F_CLONED)) return false;
  return r.protocol != RTPROT_KERNEL && r.protocol != RTPROT_REDIRECT && r.protocol != kProtoRa &&
         r.protocol != kProtoDhcp;
}

std::vector<Route> single_paths(const std::vector<Route>& all) {
  std::vector<Route> out;
  for (const Route& r : all) {
    if (r.multipath.size() <= 1) {
      out.push_back(r);
      continue;
    }
    if (r.family != AF_INET6) continue;
    for (const Nexthop& nh : r.multipath) {
      Route p = r;
      p.gateway = nh.gateway;
      p.oif = nh.oif;
      p.ifname = nh.ifname;
      p.multipath.clear();
      out.push_back(std::move(p));
    }
  }
  return out;
}

std::vector<Route> link_routes(const std::vector<Route>& all, int index, const std::vector<Addr>& addrs) {
  // Only kept routes are split and copied: the local table alone holds a
  // route per address (a path is kept when its route is).
  std::vector<Route> kept;
  std::copy_if(all.begin(), all.end(), std::back_inserter(kept), kept_route);
  std::vector<Route> out;
  for (Route r : single_paths(kept)) {
    const bool sourced = r.prefsrc && std::any_of(addrs.begin(), addrs.end(),
                                                  [&](const Addr& a) { return a.local == *r.prefsrc; });
    if (r.oif != index && !sourced) continue;
    // What the kernel sets on its own, or refuses to be given.
    r.flags &= RTNH_F_ONLINK;
    r.ifname.clear();
    r.expires.reset();
    r.multipath.clear();
    out.push_back(std::move(r));
  }
  return out;
}

bool has_route(const std::vector<Route>& routes, const Route& r) {
  return std::any_of(routes.begin(), routes.end(), [&](const Route& x) {
    return x.family == r.family && x.table == r.table && x.dst == r.dst && x.dst_len == r.dst_len &&
           x.metric() == r.metric() && x.type == r.type && x.gateway == r.gateway && x.oif == r.oif &&
           x.prefsrc == r.prefsrc && x.protocol == r.protocol && x.scope == r.scope;
  });
}

RouteJudgement judge_route(const Route& r, const RouteWorld& w) {
  const bool ours = r.oif == w.index;
  if (ours && !(r.family == AF_INET6 ? w.inet6 : w.inet)) return {RouteFate::gone, "interface unplumbed"};
  // A down link's routes wait, whatever happens to its addresses meanwhile,
  // and are judged when it is up again.
  if (ours && !w.up) return {RouteFate::hold};
  auto on_subnet = [&](const InetAddr& a, int len) { return covers(a, len, r.gateway); };
  auto is_src = [&](const InetAddr& a, int) { return r.prefsrc && a == *r.prefsrc; };
  const bool gw_up = !needs_subnet(r) || in_kernel(w, r.oif, on_subnet);
  const bool gw_down = !gw_up && in_store(w, r.oif, on_subnet);
  if (!gw_up && !gw_down) return {RouteFate::gone, "gateway not on any subnet of the interface"};
  const bool src_up = !r.prefsrc || in_kernel(w, 0, is_src);
  const bool src_down = !src_up && in_store(w, w.index, is_src);
  if (!src_up && !src_down) return {RouteFate::gone, "source " + r.prefsrc->str() + " no longer configured"};
  if (gw_down || src_down) return {RouteFate::hold};
  // The kernel flushes a link's IPv4 routes with its last IPv4 address.
  const bool any4 = in_kernel(w, r.oif, [](const InetAddr& a, int) { return a.family == AF_INET; });
  if (r.family == AF_INET && !r.has_gateway() && !any4) return {RouteFate::hold};
  return {RouteFate::restore};
}

std::string route_words(const Route& r) {
  std::string dst = r.dst_len == 0 ? "default" : r.dst.str() + (r.is_host() ? "" : "/" + std::to_string(r.dst_len));
  std::string s = std::string(r.is_host() && r.dst_len ? "host " : "net ") + dst;
  if (r.has_gateway()) s += ": gateway " + r.gateway.str();
  return s;
}

}  // namespace solnet
