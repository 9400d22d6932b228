#include "lib/ifconfig/stored_routes.h"

#include <sys/socket.h>

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/lif_store.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_stored_routes_test {

TEST_CASE("a link's waiting routes go through the store whole") {
  Route r;
  r.family = AF_INET;
  r.table = 100;
  r.protocol = 4;
  r.scope = 0;
  r.flags = 4;
  r.dst = ip("172.20.0.0");
  r.dst_len = 16;
  r.gateway = ip("10.0.0.2");
  r.oif = 2;
  r.prefsrc = ip("10.0.0.5");
  r.priority = 5;
  r.metrics.mtu = 1300;
  r.metrics.locks = 4;
  Route r6;
  r6.family = AF_INET6;
  r6.dst = ip("::");
  r6.gateway = ip("fe80::1");
  r6.oif = 2;
  r6.priority = 1024;
  StoreDoc doc;
  StoredLink link;
  link.index = 2;
  link.name = "v0";
  link.routes = {r, r6};
  doc.links.push_back(link);
  auto back = store_from_json(store_to_json(doc));
  REQUIRE(back);
  CHECK(*back == doc);
}

TEST_CASE("a route with a bad value makes the store unreadable, and says where") {
  const std::string link = R"({"version":1,"links":[{"index":2,"name":"v0","lifs":[],"routes":[)";
  const std::string good =
      R"({"family":"inet","table":254,"type":1,"protocol":3,"scope":0,"flags":0,"dst":"10.0.0.0","dst_len":8,"oif":2})";
  REQUIRE(store_from_json(link + good + "]}]}"));
  auto bad = [&](std::string from, std::string to) {
    std::string r = good;
    r.replace(r.find(from), from.size(), to);
    auto doc = store_from_json(link + r + "]}]}");
    REQUIRE_FALSE(doc);
    return doc.error().message;
  };
  CHECK(bad("10.0.0.0", "10.0.0.300").find("routes 0: dst") != std::string::npos);
  CHECK(bad("\"dst_len\":8", "\"dst_len\":33").find("dst_len 33 out of range") != std::string::npos);
  CHECK(bad("\"type\":1", "\"type\":300").find("type 300 out of range") != std::string::npos);
  CHECK(bad("\"family\":\"inet\"", "\"family\":1").find("family") != std::string::npos);
  CHECK(bad("\"oif\":2", "\"oif\":2,\"metrics\":{\"mtu\":-1}").find("metrics: mtu") != std::string::npos);
}

}  // namespace lib_ifconfig_stored_routes_test
