#include "lib/route/json.h"

#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include "lib/common/json_writer.h"
#include "lib/route/flags.h"
#include "lib/route/kind.h"

namespace solnet {

namespace {

// Members in byte order of their names: the order the schema's first
// implementation (a sorted map) gave them, which scripts may have matched.
void write_metrics(JsonWriter& w, const RouteMetrics& m) {
  struct Named {
    int rtax;
    const char* name;
  };
  constexpr Named kLockable[] = {{RTAX_MTU, "mtu"},       {RTAX_ADVMSS, "advmss"},     {RTAX_WINDOW, "window"},
                                 {RTAX_RTT, "rtt_ms"},    {RTAX_RTTVAR, "rttvar_ms"}, {RTAX_SSTHRESH, "ssthresh"},
                                 {RTAX_HOPLIMIT, "hoplimit"}};
  w.begin_object();
  if (m.advmss) w.member("advmss", *m.advmss);
  if (m.hoplimit) w.member("hoplimit", *m.hoplimit);
  w.key("locked").begin_array();
  for (const auto& n : kLockable)
    if (m.locks & (1u << n.rtax)) w.value(n.name);
  w.end_array();
  if (m.mtu) w.member("mtu", *m.mtu);
  if (m.rtt) w.member("rtt_ms", *m.rtt / 8.0);
  if (m.rttvar) w.member("rttvar_ms", *m.rttvar / 4.0);
  if (m.ssthresh) w.member("ssthresh", *m.ssthresh);
  if (m.window) w.member("window", *m.window);
  w.end_object();
}

void write_route(JsonWriter& w, const RouteEntry& e) {
  const Route& r = e.route;
  const auto name = [&](std::string_view key, const std::string& n) {
    if (n.empty()) w.null_member(key);
    else w.member(key, n);
  };
  w.begin_object();
  w.member("destination", r.dst.str());
  if (r.expires) w.member("expires", *r.expires);
  else w.null_member("expires");
  w.member("family", r.family == AF_INET ? "inet" : "inet6");
  w.key("flags").begin_array();
  for (auto n : rtflag::names(rtflag::of(r))) w.value(n);
  w.end_array();
  if (r.has_gateway()) w.member("gateway", r.gateway.str());
  else w.null_member("gateway");
  name("interface", r.ifname);
  w.member("logical_interface", e.logical_interface);
  w.member("metric", r.metric());
  w.key("metrics");
  write_metrics(w, r.metrics);
  w.member("netmask", prefix_to_mask(r.family, r.dst_len).str());
  w.key("nexthops").begin_array();
  if (r.multipath.size() > 1) {
    for (const auto& nh : r.multipath) {
      w.begin_object();
      if (nh.gateway.family) w.member("gateway", nh.gateway.str());
      else w.null_member("gateway");
      name("interface", nh.ifname);
      w.end_object();
    }
  }
  w.end_array();
  if (r.prefsrc) w.member("preferred_source", r.prefsrc->str());
  else w.null_member("preferred_source");
  w.member("prefix_length", r.dst_len);
  w.member("protocol", route_protocol_name(r.protocol));
  w.member("scope", route_scope_name(r.scope));
  w.member("table", r.table);
  w.member("type", route_type_name(r.type));
  w.end_object();
}

}  // namespace

std::string render_route_json(const std::vector<RouteEntry>& routes) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("routes").begin_array();
  for (const auto& e : routes) write_route(w, e);
  w.end_array().member("schema_version", kRouteSchemaVersion).end_object();
  out += '\n';
  return out;
}

}  // namespace solnet
