#include "lib/route/json.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <random>

#include "lib/common/json_writer.h"
#include "lib/common/test_fixtures.h"
#include "lib/route/flags.h"
#include "lib/route/kind.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_json_test {

// The renderer RouteJsonWriter replaced (JsonWriter member by member), as
// the reference for its bytes.
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

void reference_route(JsonWriter& w, const RouteEntry& e) {
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
  for (const auto& n : rtflag::all())
    if (rtflag::of(r) & n.bit) w.value(n.name);
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


std::string reference_json(const std::vector<RouteEntry>& routes) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("routes").begin_array();
  for (const auto& e : routes) reference_route(w, e);
  w.end_array().member("schema_version", kRouteSchemaVersion).end_object();
  out += '\n';
  return out;
}

InetAddr random_addr(std::mt19937& rng, int family) {
  InetAddr a;
  a.family = family;
  for (std::size_t i = 0; i < a.size(); ++i) a.bytes[i] = static_cast<uint8_t>(rng() % 4 ? rng() : 0);
  return a;
}

RouteEntry random_entry(std::mt19937& rng) {
  auto pick = [&](uint32_t n) { return static_cast<uint32_t>(rng() % n); };
  const char* names[] = {"", "eth0", "v0:12", "e\x1b[31m", "caf\xc3\xa9", "bad\xff", "q\"\\"};
  RouteEntry e;
  Route& r = e.route;
  r.family = pick(3) ? AF_INET : AF_INET6;
  r.dst_len = static_cast<int>(pick(static_cast<uint32_t>(r.family == AF_INET ? 33 : 129)));
  r.dst = network_of(random_addr(rng, r.family), r.dst_len);
  if (pick(2)) r.gateway = random_addr(rng, r.family);
  r.oif = static_cast<int>(pick(5));
  r.ifname = names[pick(7)];
  r.type = static_cast<uint8_t>(pick(4) ? uint32_t{RTN_UNICAST} : pick(256));
  r.protocol = static_cast<uint8_t>(pick(256));
  r.scope = static_cast<uint8_t>(pick(4) ? uint32_t{RT_SCOPE_UNIVERSE} : pick(256));
  r.table = pick(2) ? 254 : static_cast<uint32_t>(rng());
  if (pick(2)) r.prefsrc = random_addr(rng, r.family);
  if (pick(2)) r.priority = static_cast<uint32_t>(rng());
  if (pick(4) == 0) r.expires = static_cast<uint32_t>(rng());
  auto metric = [&]() -> std::optional<uint32_t> {
    if (pick(3)) return std::nullopt;
    return pick(2) ? static_cast<uint32_t>(rng()) : pick(100);
  };
  r.metrics.mtu = metric();
  r.metrics.advmss = metric();
  r.metrics.window = metric();
  r.metrics.rtt = metric();
  r.metrics.rttvar = metric();
  r.metrics.ssthresh = metric();
  r.metrics.hoplimit = metric();
  if (pick(3) == 0) r.metrics.locks = static_cast<uint32_t>(rng());
  if (pick(5) == 0)
    for (uint32_t i = 0, n = pick(4); i < n; ++i)
      r.multipath.push_back({pick(2) ? random_addr(rng, r.family) : InetAddr(), static_cast<int>(pick(5)), names[pick(7)]});
  if (pick(2)) e.logical_interface = names[pick(7)];
  return e;
}

TEST_CASE("the document is the member-by-member writer's, byte for byte, on generated routes") {
  std::mt19937 rng(17);
  for (int doc = 0; doc < 200; ++doc) {
    std::vector<RouteEntry> routes;
    for (uint32_t i = 0, n = static_cast<uint32_t>(rng() % 20); i < n; ++i) routes.push_back(random_entry(rng));
    INFO("document " << doc);
    CHECK(render_route_json(routes) == reference_json(routes));
  }
}

TEST_CASE("route JSON carries every field") {
  Route r = route4("10.16.0.1", 32, nullptr, 2, "eth0");
  r.prefsrc = *parse_inet("10.0.0.2");
  r.priority = 5;
  r.metrics.advmss = 1360;
  r.metrics.rtt = 240;
  r.metrics.locks = 1u << RTAX_ADVMSS;
  auto j = nlohmann::json::parse(render_route_json({{r, std::string("eth0:1")}}));
  CHECK(j["schema_version"] == 1);
  REQUIRE(j["routes"].size() == 1);
  auto e = j["routes"][0];
  CHECK(e["family"] == "inet");
  CHECK(e["destination"] == "10.16.0.1");
  CHECK(e["prefix_length"] == 32);
  CHECK(e["netmask"] == "255.255.255.255");
  CHECK(e["gateway"].is_null());
  CHECK(e["interface"] == "eth0");
  CHECK(e["logical_interface"] == "eth0:1");
  CHECK(e["preferred_source"] == "10.0.0.2");
  CHECK(e["metric"] == 5);
  CHECK(e["type"] == "unicast");
  CHECK(e["table"] == 254);
  CHECK(e["protocol"] == "boot");
  CHECK(e["scope"] == "link");
  CHECK(e["flags"] == nlohmann::json{"UP", "HOST", "STATIC", "SETSRC"});
  CHECK(e["metrics"] == nlohmann::json{{"advmss", 1360}, {"rtt_ms", 30.0}, {"locked", {"advmss"}}});
  CHECK(e["expires"].is_null());
  CHECK(e["nexthops"] == nlohmann::json::array());
}

TEST_CASE("route JSON: multipath next hops, IPv6, unknown kinds as numbers") {
  Route r;
  r.family = AF_INET6;
  r.dst = *parse_inet("2001:db8::");
  r.dst_len = 64;
  r.protocol = 99;
  r.type = 42;
  r.multipath = {{*parse_inet("fe80::1"), 2, "eth0"}, {*parse_inet("fe80::2"), 3, "eth1"}};
  r.gateway = r.multipath[0].gateway;
  auto e = nlohmann::json::parse(render_route_json({{r, std::nullopt}}))["routes"][0];
  CHECK(e["family"] == "inet6");
  CHECK(e["netmask"] == "ffff:ffff:ffff:ffff::");
  CHECK(e["protocol"] == "openr");
  CHECK(e["type"] == "42");
  CHECK(e["nexthops"][1] == nlohmann::json{{"gateway", "fe80::2"}, {"interface", "eth1"}});
  CHECK(e["gateway"] == "fe80::1");
}

}  // namespace lib_route_json_test
