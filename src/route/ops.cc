#include "src/route/ops.h"

#include <errno.h>
#include <linux/rtnetlink.h>
#include <netlink/msg.h>
#include <unistd.h>

#include <algorithm>

#include "lib/ifconfig/route_keep.h"
#include "lib/route/match.h"
#include "src/common/nl_route.h"
#include "src/route/interfaces.h"
#include "src/route/resolve.h"

namespace solnet {

namespace {

struct Attempt {
  std::optional<KernelError> refusal;
  std::vector<MonitorEvent> sent;
  std::optional<InetAddr> gateway;  // the one that worked, or the last tried
  Route tried;                      // the last route asked for
};

// A request in monitor's layout, as `route -v` shows it.
MonitorEvent request_event(RouteChange how, const Route& r, uint32_t seq) {
  MonitorEvent e;
  e.kind = how == RouteChange::del       ? MonitorEvent::Kind::route_delete
           : how == RouteChange::replace ? MonitorEvent::Kind::route_change
                                         : MonitorEvent::Kind::route_add;
  auto m = route_message(RTM_NEWROUTE, 0, r);
  e.len = m ? nlmsg_hdr(m.get())->nlmsg_len : 0;
  e.pid = static_cast<uint32_t>(getpid());
  e.seq = seq;
  e.route = r;
  e.request = true;
  return e;
}

// Tries each gateway address in turn while the kernel finds it unreachable,
// as route(1M) does with a name that has several addresses.
Attempt try_candidates(RouteEnv& env, RouteChange how, const std::vector<Route>& candidates) {
  Attempt a;
  uint32_t seq = 0;
  for (const auto& c : candidates) {
    a.sent.push_back(request_event(how, c, ++seq));
    a.refusal = env.routes.change(how, c);
    a.tried = c;
    if (c.has_gateway()) a.gateway = c.gateway;
    if (!a.refusal || (a.refusal->errnum != ENETUNREACH && a.refusal->errnum != ESRCH)) break;
  }
  return a;
}

RouteChange change_kind(RouteOp op, RouteSyntax syntax) {
  switch (op) {
    case RouteOp::del: return RouteChange::del;
    case RouteOp::change: return RouteChange::replace;
    default: return syntax == RouteSyntax::nettools ? RouteChange::add : RouteChange::add_exclusive;
  }
}

// A Solaris add refused because a route to the destination with that
// metric exists: "entry exists" when it goes through the same gateway (or
// interface), else it is added after it, as illumos keeps several default
// routers (the kernel moves on to the next when one's neighbour fails).
// Whatever its protocol or source, the same route twice is refused, as
// NLM_F_APPEND alone would not.
Attempt add_beside(RouteEnv& env, Attempt refused) {
  const Route& want = refused.tried;
  auto table = env.routes.routes(want.family, want.table);
  if (!table) return refused;
  for (const Route& r : *table)
    if (r.family == want.family && r.dst == want.dst && r.dst_len == want.dst_len && r.priority == want.priority &&
        r.gateway == want.gateway && (!want.oif || r.oif == want.oif))
      return refused;
  refused.refusal = env.routes.change(RouteChange::append, want);
  return refused;
}

// Whether `r` is a route that ifconfig put back when its link came up
// (StoredLink::returned); it is then taken off that list. Solaris returns a
// down link's static routes on up; Linux scripts that add them again after
// up (busybox ifup: ifconfig IF down at ifdown, route add at ifup) must not
// fail on them.
bool take_returned(RouteEnv& env, const Route& r) {
  // Without a device the kernel chose the one the gateway is on.
  auto same = [&](const Route& x) {
    Route asked = r;
    if (!asked.oif) asked.oif = x.oif;
    return has_route({x}, asked);
  };
  auto holds = [&](const StoredLink& l) { return std::any_of(l.returned.begin(), l.returned.end(), same); };
  const StoreDoc doc = env.store.read();
  if (std::none_of(doc.links.begin(), doc.links.end(), holds)) return false;
  (void)env.store.update([&](StoreDoc& d) -> Status {
    for (auto& l : d.links) std::erase_if(l.returned, same);
    return {};
  });
  return true;
}

std::optional<RouteRefusal> refusal_of(const std::optional<KernelError>& e) {
  if (!e) return std::nullopt;
  return RouteRefusal{e->errnum, e->extack};
}

ChangeDone refused(const RouteRequest& req, int errnum) { return ChangeDone{req, {}, RouteRefusal{errnum, ""}, {}}; }

}  // namespace

Result<ChangeDone> nettools_change(RouteEnv& env, const RouteRequest& req) {
  if (!env.admin) return refused(req, EPERM);
  auto resolved = resolve_route(req, env.kernel, env.store, env.routes);
  if (!resolved) return resolved.error();
  auto a = try_candidates(env, change_kind(req.op, req.syntax), resolved->candidates);
  // The inferred-mask form accepts a route that is already there, and so
  // does every form a route that ifconfig returned on up.
  if (a.refusal && a.refusal->errnum == EEXIST && (resolved->exists_ok || take_returned(env, a.tried)))
    a.refusal.reset();
  return ChangeDone{req, std::move(a.sent), refusal_of(a.refusal), a.gateway};
}

Result<ChangeDone> solaris_change(RouteEnv& env, const RouteRequest& req) {
  if (!env.admin) return refused(req, EPERM);
  auto resolved = resolve_route(req, env.kernel, env.store, env.routes);
  if (!resolved) return resolved.error();
  std::vector<Route> candidates = resolved->candidates;
  if (req.op == RouteOp::change) {
    // Replace the route to that destination, whatever its metric.
    auto table = env.routes.routes(req.family, RT_TABLE_MAIN);
    if (!table) return table.error();
    const Route& want = candidates.front();
    const Route* existing = exact_match(*table, want.dst, want.dst_len);
    if (!existing) return refused(req, ESRCH);
    for (auto& c : candidates) c.priority = existing->priority;
  }
  auto a = try_candidates(env, change_kind(req.op, req.syntax), candidates);
  if (req.op == RouteOp::add && a.refusal && a.refusal->errnum == EEXIST) a = add_beside(env, std::move(a));
  return ChangeDone{req, std::move(a.sent), refusal_of(a.refusal), a.gateway};
}

Result<GetDone> solaris_get(RouteEnv& env, const RouteRequest& req) {
  std::optional<Route> found;
  if (req.mask_given) {
    auto table = env.routes.routes(req.family, RT_TABLE_MAIN);
    if (!table) return table.error();
    std::optional<InetAddr> gw;
    if (!req.gateways.empty()) gw = req.gateways.front();
    if (const Route* r = exact_match(*table, req.dst, req.prefix, gw)) found = *r;
  } else {
    auto r = env.routes.lookup(req.dst);
    if (!r) return r.error();
    found = *r;
  }
  if (!found) return GetDone{req, std::nullopt, {}};
  auto ifs = RouteInterfaces::read(env.kernel, env.store, req.family);
  if (!ifs) return ifs.error();
  RouteEntry e = ifs->entry(*found);
  GetFacts facts{e.logical_interface.value_or(e.route.ifname), ifs->link_mtu(e.route.oif)};
  return GetDone{req, std::move(e), std::move(facts)};
}

Result<FlushDone> solaris_flush(RouteEnv& env, int family) {
  if (!env.admin) return FlushDone{false, {}};
  auto table = env.routes.routes(family, RT_TABLE_MAIN);
  if (!table) return table.error();
  FlushDone done;
  for (const auto& r : *table) {
    bool via_gateway = r.has_gateway();
    for (const auto& nh : r.multipath) via_gateway = via_gateway || nh.gateway.family;
    if (r.type != RTN_UNICAST || !via_gateway) continue;
    // Exactly this route: destination, metric, type, protocol and next hop.
    Route d = r;
    d.flags = 0;
    d.metrics = {};
    d.expires.reset();
    done.routes.push_back({r, refusal_of(env.routes.change(RouteChange::del, d))});
  }
  return done;
}

}  // namespace solnet
