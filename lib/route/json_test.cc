#include "lib/route/json.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_json_test {

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
