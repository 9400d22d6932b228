// Which routes ifconfig keeps across its changes, and what becomes of each
// afterwards. The kernel deletes a link's routes when the link goes down,
// when its IPv6 is disabled, and the routes that depended on an address it
// deletes; Solaris keeps static routes over a down ("returned to the table
// if the interface is brought back up"). So a plan notes the link's static
// routes before such a change and judges each missing one after it: put
// back, held in the store until it can exist again, or gone for good (and
// said so, one line each).
#pragma once

#include <string>
#include <vector>

#include "lib/common/kernel_model.h"
#include "lib/common/route_model.h"
#include "lib/ifconfig/lif_store.h"

namespace solnet {

// A route somebody added: not the kernel's own (protocol kernel, redirect,
// the local table), not a router advertisement's nor a DHCP client's (they
// put their own back).
bool kept_route(const Route& r);

// The routes one path each: IPv6 merges routes that differ only in their
// next hop into one multipath route, and takes them back one by one. IPv4
// multipath routes (made whole with "ip route add ... nexthop ...") are
// left out: they are not ours to take apart.
std::vector<Route> single_paths(const std::vector<Route>& all);

// The kept routes of link `index` among `all`: those out of it and those
// whose source is one of `addrs` (the link's), as they would be added again.
std::vector<Route> link_routes(const std::vector<Route>& all, int index, const std::vector<Addr>& addrs);

// Whether `r` is among `routes`: the same table, destination, metric,
// type, next hop, source, protocol and scope (IPv4 keeps routes that differ
// in source or protocol side by side). The kernel changes an IPv6 route's
// MTU on its own: metrics do not count.
bool has_route(const std::vector<Route>& routes, const Route& r);

// The link whose routes are judged, after the change.
struct RouteWorld {
  int index = 0;
  bool up = false;
  bool inet = false;   // the family is plumbed there
  bool inet6 = false;
  std::vector<Addr> addrs;        // every link's addresses in the kernel
  std::vector<StoredLif> stored;  // the link's logical interfaces in the store
};

enum class RouteFate { restore, hold, gone };

struct RouteJudgement {
  RouteFate fate = RouteFate::restore;
  std::string why{};  // gone: why it can no longer exist
};

// restore: it can exist now. hold: not now (the link is down, its gateway
// or source is only on a down logical interface), later maybe. gone: its
// family is unplumbed there, or (the link up) its gateway is on no subnet
// of the link, or its source is no address configured anywhere.
RouteJudgement judge_route(const Route& r, const RouteWorld& w);

// "delete net 172.20.0.0/16: gateway 10.0.0.2", as route(1M) says it.
std::string route_words(const Route& r);

}  // namespace solnet
