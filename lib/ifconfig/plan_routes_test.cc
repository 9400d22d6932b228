#include "lib/ifconfig/plan_routes.h"

#include <doctest/doctest.h>

#include "lib/common/doctest_strings.h"
#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/plan_testing.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_plan_routes_test {

using V = std::vector<std::string>;

struct F {
  Link link = ether_link(2, "v0");
  std::vector<Addr> addrs{v4(2, "10.0.0.5", 24, "v0")};
  StoredLink stored;

  LinkPlan plan(std::vector<std::string> words, int family = 0) {
    return plan_words(link, addrs, stored, std::move(words), std::nullopt, family);
  }
};

TEST_CASE("a netmask change notes the routes first and restores them last") {
  F f;
  auto p = f.plan({"netmask", "255.255.0.0"});
  CHECK(describe(p.ops) == V{"note routes", "del v0 10.0.0.5/24 brd 10.0.0.255", "add v0 10.0.0.5/16 brd 10.0.0.255",
                             "restore routes"});
  // each is the other's undo
  CHECK(describe(p.undo).front() == "restore routes");
  CHECK(describe(p.undo).back() == "note routes");
  CHECK(p.ops.front().link.index == 2);
  CHECK(p.ops.front().link_name == "v0");
}

TEST_CASE("down and inet6 unplumb drop routes; up returns the routes waiting in the store") {
  F f;
  f.link.has_inet6 = false;
  CHECK(describe(f.plan({"down"}).ops) == V{"note routes", "link flags 0/1", "restore routes"});
  f.link.has_inet6 = true;
  CHECK(describe(f.plan({"unplumb"}, AF_INET6).ops).front() == "note routes");
  f.link.flags &= ~IFF_UP;
  CHECK(describe(f.plan({"up"}).ops) == V{"link flags 1/1"});
  f.stored.index = 2;
  f.stored.name = "v0";
  Route r;
  r.family = AF_INET;
  f.stored.routes.push_back(r);
  CHECK(describe(f.plan({"up"}).ops) == V{"link flags 1/1", "restore routes"});
}

TEST_CASE("routes are noted for the family the kernel can drop them in") {
  F f;
  CHECK(f.plan({"netmask", "255.255.0.0"}).ops.front().addr.family == AF_INET);
  f.link.has_inet6 = true;
  f.addrs = {v6(2, "2001:db8::5", 64)};
  CHECK(f.plan({"unplumb"}, AF_INET6).ops.front().addr.family == AF_INET6);
  // down drops both families' routes
  CHECK(f.plan({"down"}).ops.front().addr.family == 0);
}

TEST_CASE("what cannot drop a route plans no route step") {
  F f;
  CHECK(describe(f.plan({"mtu", "1400"}).ops) == V{"link mtu 1400"});
  CHECK(describe(f.plan({"addif", "10.0.1.5/24", "up"}).ops).size() == 1);
}

}  // namespace lib_ifconfig_plan_routes_test
