#include "src/route/resolve.h"

#include <net/if.h>

#include "lib/common/escape.h"
#include "lib/ifconfig/lif.h"
#include "lib/route/infer.h"
#include "lib/route/match.h"
#include "lib/route/nettools_args.h"
#include "src/ifconfig/usesrc_routes.h"

namespace solnet {

namespace {

class Resolver {
 public:
  Resolver(const RouteRequest& req, Kernel& kernel, StateStore& store, RouteKernel& routes)
      : req_(req), kernel_(kernel), store_(store), routes_(routes) {}

  Result<ResolvedRoute> run() {
    route_.family = req_.family;
    route_.dst = req_.dst;
    route_.dst_len = req_.prefix;
    if (auto st = device(); !st) return st.error();
    if (auto st = interface_address(); !st) return st.error();
    if (auto st = prefix(); !st) return st.error();
    route_.prefsrc = choose_source();
    if (!route_.prefsrc)
      if (auto st = usesrc_default(); !st) return st.error();
    if (auto st = kernel_fields(); !st) return st.error();

    ResolvedRoute out;
    out.exists_ok = req_.syntax == RouteSyntax::nettools && req_.op == RouteOp::add &&
                    req_.mask_rule == MaskRule::interface;
    if (!unicast() || req_.interface_route || req_.gateways.empty()) {
      out.candidates.push_back(route_);
      return out;
    }
    for (const auto& g : req_.gateways) {
      Route r = route_;
      r.gateway = g;
      out.candidates.push_back(std::move(r));
    }
    return out;
  }

 private:
  int exit_code() const { return req_.syntax == RouteSyntax::nettools ? kExitKernel : 1; }
  Error fail(const std::string& msg) const { return error(msg, exit_code()); }
  bool unicast() const { return req_.type == RTN_UNICAST; }

  // dev / -ifp: the link, and for a logical interface its address.
  Status device() {
    if (!req_.dev) return {};
    auto link = kernel_.link(req_.dev->phys);
    if (!link) return link.error();
    if (!*link) return fail(printable(req_.dev->phys) + ": no such interface");
    route_.oif = (*link)->index;
    if (!req_.dev->logical()) return {};
    auto addrs = kernel_.addrs(req_.family, route_.oif);
    if (!addrs) return addrs.error();
    // Units as ifconfig shows them: labels, the state store, and the
    // lowest free unit for unlabelled addresses.
    StoreDoc doc = store_.read();
    StoredLink* stored = doc.find((*link)->index, (*link)->name);
    if (stored) reconcile_link(*stored, *addrs, req_.family == AF_INET, req_.family == AF_INET6);
    const std::string name = req_.dev->str();
    for (const auto& l : build_lifs(**link, *addrs, stored, req_.family, {})) {
      if (l.name != name) continue;
      if (!l.installed || !l.address) return fail(printable(name) + ": logical interface has no address in the kernel");
      lif_ = IfAddr{*l.address, l.prefixlen, route_.oif, l.destination.has_value()};
      return {};
    }
    return fail(printable(name) + ": no such interface");
  }

  Result<std::vector<Addr>> all_addrs() {
    if (!addrs_) {
      auto a = kernel_.addrs(req_.family, 0);
      if (!a) return a.error();
      addrs_ = std::move(*a);
    }
    return *addrs_;
  }

  // -ifa ADDR and the gateway of a Solaris -interface route name an
  // address of this host: its link is the output link.
  Status interface_address() {
    std::optional<InetAddr> wanted = req_.ifa;
    if (req_.interface_route && unicast() && !req_.gateways.empty()) wanted = req_.gateways.front();
    if (!wanted) return {};
    auto addrs = all_addrs();
    if (!addrs) return addrs.error();
    for (const auto& a : *addrs) {
      if (a.local != *wanted) continue;
      if (!route_.oif) route_.oif = a.ifindex;
      own_address_ = *wanted;
      return {};
    }
    return fail(printable(wanted->str()) + ": not an address of this host");
  }

  Result<std::vector<IfAddr>> up_addrs() {
    auto links = kernel_.links();
    if (!links) return links.error();
    auto addrs = all_addrs();
    if (!addrs) return addrs.error();
    std::vector<IfAddr> out;
    for (const auto& a : *addrs)
      for (const auto& l : *links)
        if (l.index == a.ifindex && (l.flags & IFF_UP)) out.push_back({a.local, a.prefixlen, a.ifindex, a.peer.has_value()});
    return out;
  }

  Status prefix() {
    if (req_.mask_rule == MaskRule::given) return {};
    std::vector<IfAddr> cands;
    if (req_.mask_rule == MaskRule::interface && lif_) {
      cands.push_back(*lif_);
    } else if (req_.mask_rule == MaskRule::interface && route_.oif) {
      auto addrs = kernel_.addrs(AF_INET, route_.oif);
      if (!addrs) return addrs.error();
      for (const auto& a : *addrs) cands.push_back({a.local, a.prefixlen, a.ifindex, a.peer.has_value()});
    } else {
      auto up = up_addrs();
      if (!up) return up.error();
      cands = std::move(*up);
    }
    if (req_.mask_rule == MaskRule::subnet) {
      route_.dst_len = subnet_prefix(req_.dst, cands);
      return {};
    }
    auto p = interface_prefix(req_.dst, cands);
    route_.dst_len = p.prefix;
    route_.dst = network_of(req_.dst, p.prefix);
    // Neither dev nor gw: the interface that holds the network is the device.
    if (!route_.oif && req_.gateways.empty()) route_.oif = p.ifindex;
    return {};
  }

  // The one place a route's preferred source is chosen: the source asked
  // for (-setsrc), else the address that chose the interface (-ifa, the
  // gateway of an -interface route, a logical interface's address), else
  // the output link's usesrc (usesrc_default). An IPv6 link-local address
  // only names the link (net_include.sh's "-interface -inet6 ff00::/8
  // fe80::..."): the kernel refuses it as a source while DAD runs.
  std::optional<InetAddr> choose_source() const {
    if (!unicast()) return std::nullopt;
    if (req_.setsrc) return req_.setsrc;
    if (own_address_ && !own_address_->is_v6_link_local()) return own_address_;
    if (lif_) return lif_->local;
    return std::nullopt;
  }

  // ifconfig IF usesrc IF2: a route added out of IF takes IF2's address.
  // The output link is the device, else the one the first gateway is
  // reached through; only looked for when some link has a usesrc.
  Status usesrc_default() {
    if (!unicast() || (req_.op != RouteOp::add && req_.op != RouteOp::change)) return {};
    const StoreDoc doc = store_.read();
    if (doc.usesrc.empty()) return {};
    int oif = route_.oif;
    if (!oif && !req_.gateways.empty()) {
      auto via = routes_.lookup(req_.gateways.front());
      if (!via) return via.error();
      if (*via) oif = (*via)->oif;
    }
    if (!oif) return {};
    auto src = usesrc_source(kernel_, doc, oif, req_.family);
    if (!src) return src.error();
    route_.prefsrc = *src;
    return {};
  }

  // Is the gateway a plain unicast address (not one of ours, nor a
  // broadcast)? SIOCADDRT gives such routes global scope, others link.
  Result<bool> gateway_is_unicast() {
    auto local = routes_.routes(AF_INET, RT_TABLE_LOCAL);
    if (!local) return local.error();
    const Route* m = longest_match(*local, req_.gateways.front());
    return !m || m->type == RTN_UNICAST;
  }

  Status kernel_fields() {
    Route& r = route_;
    r.table = RT_TABLE_MAIN;
    r.type = req_.type;
    const bool del = req_.op == RouteOp::del;
    if (!unicast()) {
      r.oif = 0;
      r.prefsrc.reset();
    }
    if (req_.syntax == RouteSyntax::nettools) {
      r.protocol = del ? RTPROT_UNSPEC : RTPROT_BOOT;
      r.priority = req_.metric;
      if (req_.onlink) r.flags |= RTNH_F_ONLINK;
      if (req_.family == AF_INET6) r.scope = del ? RT_SCOPE_NOWHERE : RT_SCOPE_UNIVERSE;
      else if (!unicast()) r.scope = RT_SCOPE_HOST;
      else if (del) r.scope = RT_SCOPE_NOWHERE;
      else if (req_.gateways.empty()) r.scope = RT_SCOPE_LINK;
      else {
        auto u = gateway_is_unicast();
        if (!u) return u.error();
        r.scope = *u ? RT_SCOPE_UNIVERSE : RT_SCOPE_LINK;
      }
    } else if (del) {
      r.protocol = RTPROT_UNSPEC;
      // Any type unless -reject or -blackhole says which.
      r.type = unicast() ? static_cast<uint8_t>(RTN_UNSPEC) : req_.type;
      r.scope = RT_SCOPE_NOWHERE;
    } else {
      r.protocol = req_.static_route ? RTPROT_STATIC : RTPROT_BOOT;
      r.scope = !unicast() ? RT_SCOPE_HOST
              : req_.family == AF_INET && req_.interface_route ? RT_SCOPE_LINK
              : RT_SCOPE_UNIVERSE;
    }
    if (!del) {
      r.metrics = req_.metrics;
      r.expires = req_.expires;
    }
    return {};
  }

  const RouteRequest& req_;
  Kernel& kernel_;
  StateStore& store_;
  RouteKernel& routes_;
  Route route_;
  std::optional<IfAddr> lif_;
  std::optional<InetAddr> own_address_;
  std::optional<std::vector<Addr>> addrs_;
};

}  // namespace

Result<ResolvedRoute> resolve_route(const RouteRequest& req, Kernel& kernel, StateStore& store, RouteKernel& routes) {
  return Resolver(req, kernel, store, routes).run();
}

}  // namespace solnet
