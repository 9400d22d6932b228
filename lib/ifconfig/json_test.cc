#include "lib/ifconfig/json.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_json_test {

TEST_CASE("JSON carries every field of a logical interface") {
  auto link = ether_link(2, "eth0");
  auto lifs = build_lifs(link, {v4(2, "10.0.0.5", 24, "eth0"), v4(2, "10.0.0.6", 24, "eth0")}, nullptr, 0, {});
  auto j = nlohmann::json::parse(render_json(lifs));
  CHECK(j["schema_version"] == 1);
  REQUIRE(j["interfaces"].size() == 3);
  auto e = j["interfaces"][0];
  CHECK(e["name"] == "eth0");
  CHECK(e["physical"] == "eth0");
  CHECK(e["unit"].is_null());
  CHECK(e["family"] == "inet");
  CHECK(e["flags"]["value"] == 0x1000843);
  CHECK(e["flags"]["names"] == nlohmann::json{"UP", "BROADCAST", "RUNNING", "MULTICAST", "IPv4"});
  CHECK(e["up"] == true);
  CHECK(e["index"] == 2);
  CHECK(e["mtu"] == 1500);
  CHECK(e["metric"] == 0);
  CHECK(e["address"] == "10.0.0.5");
  CHECK(e["prefix_length"] == 24);
  CHECK(e["netmask"] == "255.255.255.0");
  CHECK(e["broadcast"] == "10.0.0.255");
  CHECK(e["destination"].is_null());
  CHECK(e["ether"] == "02:42:ac:11:00:02");
  CHECK(e["label"] == "eth0");
  CHECK(e["labelled"] == true);
  CHECK(e["in_kernel"] == true);
  auto u = j["interfaces"][1];
  CHECK(u["name"] == "eth0:1");
  CHECK(u["unit"] == 1);
  CHECK(u["labelled"] == false);
  CHECK(u["ether"].is_null());
  CHECK(j["interfaces"][2]["family"] == "inet6");
  CHECK(j["interfaces"][2]["address"].is_null());
  CHECK(j["interfaces"][2]["netmask"] == "::");
}

TEST_CASE("JSON stays valid for hostile names") {
  auto link = ether_link(2, "e\"\\\x01");
  auto s = render_json(build_lifs(link, {}, nullptr, AF_INET, {}));
  auto back = nlohmann::json::parse(s);
  CHECK(back["interfaces"][0]["name"] == "e\"\\\x01");
}

TEST_CASE("JSON text stays valid for names that are not UTF-8") {
  auto link = ether_link(2, "e\xff");
  auto back = nlohmann::json::parse(render_json(build_lifs(link, {}, nullptr, AF_INET, {})));
  CHECK(back["interfaces"][0]["physical"] == "e\xef\xbf\xbd");
}

}  // namespace lib_ifconfig_json_test
