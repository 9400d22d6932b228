#include "src/route/ops.h"

#include <errno.h>
#include <linux/rtnetlink.h>
#include <netlink/msg.h>
#include <unistd.h>

#include "lib/route/get_text.h"
#include "lib/route/json.h"
#include "lib/route/match.h"
#include "lib/route/monitor_text.h"
#include "lib/route/nettools_args.h"
#include "lib/route/result_text.h"
#include "src/common/nl_route.h"
#include "src/route/interfaces.h"
#include "src/route/resolve.h"

namespace solnet {

void RouteOutput::append(const RouteOutput& o) {
  out += o.out;
  err += o.err;
  if (o.exit_code) exit_code = o.exit_code;
}

namespace {

RouteOutput failure(const Error& e) { return {"", "route: " + e.message + "\n", e.exit_code}; }

struct Attempt {
  std::optional<KernelError> refusal;
  std::optional<InetAddr> gateway;  // the one that worked, or the last tried
  Route tried;                      // the last route asked for
};

// A request as `route -v` shows it: in monitor's layout.
std::string trace(RouteChange how, const Route& r, uint32_t seq, NameLookup& names, bool numeric) {
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
  return render_message(e, numeric, names);
}

// Tries each gateway address in turn while the kernel finds it unreachable,
// as route(1M) does with a name that has several addresses. `log` gets
// each request when -v asked for them.
Attempt try_candidates(RouteContext& ctx, RouteChange how, const std::vector<Route>& candidates, std::string* log) {
  Attempt a;
  uint32_t seq = 0;
  for (const auto& c : candidates) {
    if (log) *log += trace(how, c, ++seq, ctx.names, ctx.numeric);
    a.refusal = ctx.routes.change(how, c);
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
Attempt add_beside(RouteContext& ctx, Attempt refused) {
  const Route& want = refused.tried;
  auto table = ctx.routes.routes(want.family, want.table);
  if (!table) return refused;
  for (const Route& r : *table)
    if (r.family == want.family && r.dst == want.dst && r.dst_len == want.dst_len && r.priority == want.priority &&
        r.gateway == want.gateway && (!want.oif || r.oif == want.oif))
      return refused;
  refused.refusal = ctx.routes.change(RouteChange::append, want);
  return refused;
}

}  // namespace

RouteOutput nettools_change(RouteContext& ctx, const RouteRequest& req) {
  const std::string line = result_line(req, false, false, std::nullopt);
  if (!ctx.admin) return {"", "route: " + line + ": " + refusal_text(EPERM, "") + "\n", kExitKernel};
  auto resolved = resolve_route(req, ctx.kernel, ctx.store, ctx.routes);
  if (!resolved) return failure(resolved.error());
  auto a = try_candidates(ctx, change_kind(req.op, req.syntax), resolved->candidates, nullptr);
  if (!a.refusal || (a.refusal->errnum == EEXIST && resolved->exists_ok)) return {};
  return {"", "route: " + line + ": " + refusal_text(a.refusal->errnum, a.refusal->extack) + "\n", kExitKernel};
}

RouteOutput solaris_change(RouteContext& ctx, const RouteRequest& req) {
  auto refused = [&](int errnum, const std::string& extack, const std::optional<InetAddr>& gw) {
    return RouteOutput{result_line(req, false, ctx.numeric, ctx.numeric ? gw : std::nullopt) + ": " +
                           refusal_text(errnum, extack) + "\n",
                       "", errnum};
  };
  if (!ctx.admin) return refused(EPERM, "", std::nullopt);
  auto resolved = resolve_route(req, ctx.kernel, ctx.store, ctx.routes);
  if (!resolved) return failure(resolved.error());
  std::vector<Route> candidates = resolved->candidates;
  if (req.op == RouteOp::change) {
    // Replace the route to that destination, whatever its metric.
    auto table = ctx.routes.routes(req.family, RT_TABLE_MAIN);
    if (!table) return failure(table.error());
    const Route& want = candidates.front();
    const Route* existing = exact_match(*table, want.dst, want.dst_len);
    if (!existing) return refused(ESRCH, "", std::nullopt);
    for (auto& c : candidates) c.priority = existing->priority;
  }
  std::string log;
  auto a = try_candidates(ctx, change_kind(req.op, req.syntax), candidates, ctx.verbose ? &log : nullptr);
  if (req.op == RouteOp::add && a.refusal && a.refusal->errnum == EEXIST) a = add_beside(ctx, a);
  RouteOutput o;
  if (a.refusal) o = refused(a.refusal->errnum, a.refusal->extack, a.gateway);
  else if (!ctx.quiet) o.out = result_line(req, false, ctx.numeric, a.gateway) + "\n";
  o.out = log + o.out;
  return o;
}

RouteOutput solaris_get(RouteContext& ctx, const RouteRequest& req) {
  std::optional<Route> found;
  if (req.mask_given) {
    auto table = ctx.routes.routes(req.family, RT_TABLE_MAIN);
    if (!table) return failure(table.error());
    std::optional<InetAddr> gw;
    if (!req.gateways.empty()) gw = req.gateways.front();
    if (const Route* r = exact_match(*table, req.dst, req.prefix, gw)) found = *r;
  } else {
    auto r = ctx.routes.lookup(req.dst);
    if (!r) return failure(r.error());
    found = *r;
  }
  if (!found) {
    const std::string dest = ctx.numeric ? req.dst.str() : req.dest_text;
    return {dest + ": " + refusal_text(ESRCH, "") + "\n", "", ESRCH};
  }
  auto ifs = RouteInterfaces::read(ctx.kernel, ctx.store, req.family);
  if (!ifs) return failure(ifs.error());
  RouteEntry e = ifs->entry(*found);
  if (ctx.json) return {render_route_json({e}), "", 0};
  GetFacts facts{e.logical_interface.value_or(e.route.ifname), ifs->link_mtu(e.route.oif)};
  return {render_get(req.dst, e.route, facts, ctx.numeric, ctx.names), "", 0};
}

RouteOutput solaris_flush(RouteContext& ctx, int family) {
  if (!ctx.admin) return {"", "route: flush: " + refusal_text(EPERM, "") + "\n", 1};
  auto table = ctx.routes.routes(family, RT_TABLE_MAIN);
  if (!table) return failure(table.error());
  RouteOutput o;
  for (const auto& r : *table) {
    bool via_gateway = r.has_gateway();
    for (const auto& nh : r.multipath) via_gateway = via_gateway || nh.gateway.family;
    if (r.type != RTN_UNICAST || !via_gateway) continue;
    // Exactly this route: destination, metric, type, protocol and next hop.
    Route d = r;
    d.flags = 0;
    d.metrics = {};
    d.expires.reset();
    if (auto refusal = ctx.routes.change(RouteChange::del, d)) {
      o.err += "route: flush: " + r.dst.str() + "/" + std::to_string(r.dst_len) + ": " +
               refusal_text(refusal->errnum, refusal->extack) + "\n";
      o.exit_code = 1;
      continue;
    }
    if (!ctx.quiet) o.out += flush_line(r, ctx.numeric, ctx.names);
  }
  return o;
}

}  // namespace solnet
