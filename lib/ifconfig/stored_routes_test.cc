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

TEST_CASE("an entry that makes no route is dropped; a wrong type makes the store unreadable") {
  auto got = stored_routes_from(nlohmann::json::parse(
      R"([{"family":"inet","table":254,"type":1,"protocol":3,"scope":0,"flags":0,"dst":"10.0.0.300","dst_len":8,"oif":2}])"));
  CHECK(got.empty());
  CHECK_THROWS_AS(stored_routes_from(nlohmann::json::parse(R"([{"family":1}])")), nlohmann::json::exception);
}

}  // namespace lib_ifconfig_stored_routes_test
