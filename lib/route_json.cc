#include "route_json.h"

#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include "route_flags.h"
#include "route_kind.h"

namespace solnet {

using nlohmann::json;

namespace {

json opt_str(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

json metrics_json(const RouteMetrics& m) {
  json j = json::object();
  if (m.mtu) j["mtu"] = *m.mtu;
  if (m.advmss) j["advmss"] = *m.advmss;
  if (m.window) j["window"] = *m.window;
  if (m.rtt) j["rtt_ms"] = *m.rtt / 8.0;
  if (m.rttvar) j["rttvar_ms"] = *m.rttvar / 4.0;
  if (m.ssthresh) j["ssthresh"] = *m.ssthresh;
  if (m.hoplimit) j["hoplimit"] = *m.hoplimit;
  struct Named {
    int rtax;
    const char* name;
  };
  constexpr Named kLockable[] = {{RTAX_MTU, "mtu"},       {RTAX_ADVMSS, "advmss"},     {RTAX_WINDOW, "window"},
                                 {RTAX_RTT, "rtt_ms"},    {RTAX_RTTVAR, "rttvar_ms"}, {RTAX_SSTHRESH, "ssthresh"},
                                 {RTAX_HOPLIMIT, "hoplimit"}};
  json locked = json::array();
  for (const auto& n : kLockable)
    if (m.locks & (1u << n.rtax)) locked.push_back(n.name);
  j["locked"] = std::move(locked);
  return j;
}

}  // namespace

json route_to_json(const RouteEntry& e) {
  const Route& r = e.route;
  json flags = json::array();
  for (auto n : rtflag::names(rtflag::of(r))) flags.push_back(n);
  json nexthops = json::array();
  if (r.multipath.size() > 1) {
    for (const auto& nh : r.multipath)
      nexthops.push_back({{"gateway", nh.gateway.family ? json(nh.gateway.str()) : json(nullptr)},
                          {"interface", nh.ifname.empty() ? json(nullptr) : json(nh.ifname)}});
  }
  return {
      {"family", r.family == AF_INET ? "inet" : "inet6"},
      {"destination", r.dst.str()},
      {"prefix_length", r.dst_len},
      {"netmask", prefix_to_mask(r.family, r.dst_len).str()},
      {"gateway", r.has_gateway() ? json(r.gateway.str()) : json(nullptr)},
      {"interface", r.ifname.empty() ? json(nullptr) : json(r.ifname)},
      {"logical_interface", opt_str(e.logical_interface)},
      {"preferred_source", r.prefsrc ? json(r.prefsrc->str()) : json(nullptr)},
      {"metric", r.metric()},
      {"type", route_type_name(r.type)},
      {"table", r.table},
      {"protocol", route_protocol_name(r.protocol)},
      {"scope", route_scope_name(r.scope)},
      {"flags", std::move(flags)},
      {"metrics", metrics_json(r.metrics)},
      {"expires", r.expires ? json(*r.expires) : json(nullptr)},
      {"nexthops", std::move(nexthops)},
  };
}

json render_route_json(const std::vector<RouteEntry>& routes) {
  json list = json::array();
  for (const auto& e : routes) list.push_back(route_to_json(e));
  return {{"schema_version", kRouteSchemaVersion}, {"routes", std::move(list)}};
}

}  // namespace solnet
