#include "usesrc.h"

#include <linux/rtnetlink.h>

#include <doctest/doctest.h>

#include "test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace {

Route route(const char* dst, int len, int oif, uint8_t protocol, std::optional<InetAddr> prefsrc = std::nullopt) {
  Route r;
  r.family = AF_INET;
  r.dst = ip(dst);
  r.dst_len = len;
  r.oif = oif;
  r.protocol = protocol;
  r.prefsrc = prefsrc;
  return r;
}

}  // namespace

TEST_CASE("usesrc records: one per link, by index and name; srcof lists the users of a link") {
  StoreDoc doc;
  const Link v0 = ether_link(2, "v0"), v1 = ether_link(3, "v1"), vni = ether_link(4, "vni0");
  set_usesrc(doc, v0, &vni);
  set_usesrc(doc, v1, &vni);
  REQUIRE(find_usesrc(doc, 2, "v0"));
  CHECK(find_usesrc(doc, 2, "v0")->source_name == "vni0");
  CHECK_FALSE(find_usesrc(doc, 2, "other"));
  CHECK(srcof_names(doc, 4, "vni0") == std::vector<std::string>{"v0", "v1"});
  set_usesrc(doc, v0, &v1);  // replaces
  CHECK(doc.usesrc.size() == 2);
  CHECK(srcof_names(doc, 4, "vni0") == std::vector<std::string>{"v1"});
  set_usesrc(doc, v1, nullptr);
  CHECK(srcof_names(doc, 4, "vni0").empty());
  CHECK(doc.usesrc.size() == 1);
}

TEST_CASE("the address a source interface lends: its physical interface's, else its first primary") {
  CHECK(usesrc_address("vni0", {v4(4, "10.0.0.9", 24, "vni0:1"), v4(4, "10.0.0.1", 24, "vni0")}) == ip("10.0.0.1"));
  CHECK(usesrc_address("vni0", {secondary(v4(4, "10.0.0.9", 24, "x")), v4(4, "10.1.0.1", 24, "y")}) ==
        ip("10.1.0.1"));
  CHECK_FALSE(usesrc_address("vni0", {}));
}

TEST_CASE("the routes a change touches: users of changed links, of their sources, and changed records") {
  const Link v0 = ether_link(2, "v0"), v1 = ether_link(3, "v1"), vni = ether_link(4, "vni0");
  StoreDoc before;
  set_usesrc(before, v0, &vni);
  set_usesrc(before, v1, &vni);
  StoreDoc after = before;
  // nothing changed: nobody
  CHECK(usesrc_touched(before, after, {}).empty());
  // the source's addresses change: both users, with their source
  auto t = usesrc_touched(before, after, {4});
  REQUIRE(t.size() == 2);
  CHECK(t[0].index == 2);
  CHECK(t[0].source_index == 4);
  CHECK(t[0].source_name == "vni0");
  // a user's own addresses change: that one
  CHECK(usesrc_touched(before, after, {3}).size() == 1);
  // "usesrc none": that one, with no source
  set_usesrc(after, v0, nullptr);
  t = usesrc_touched(before, after, {});
  REQUIRE(t.size() == 1);
  CHECK(t[0].index == 2);
  CHECK(t[0].source_index == 0);
}

TEST_CASE("routes out of the link take the source; put back, kernel prefix routes get their own address") {
  const std::vector<Addr> mine = {v4(2, "10.0.0.1", 24, "v0"), secondary(v4(2, "10.0.0.2", 24, "v0:1"))};
  Route local = route("10.0.0.1", 32, 2, RTPROT_KERNEL, ip("10.0.0.1"));
  local.table = RT_TABLE_LOCAL;
  local.type = RTN_LOCAL;
  Route multipath = route("10.7.0.0", 16, 2, RTPROT_BOOT);
  multipath.multipath = {Nexthop{ip("10.0.0.254"), 2, ""}, Nexthop{ip("10.0.0.253"), 2, ""}};
  const std::vector<Route> routes = {
      route("10.0.0.0", 24, 2, RTPROT_KERNEL, ip("10.0.0.1")),
      route("0.0.0.0", 0, 2, RTPROT_BOOT),
      route("10.9.0.0", 16, 3, RTPROT_BOOT),  // another link
      local,
      multipath,
  };
  auto to = repointed_routes(routes, 2, ip("192.0.2.1"), mine);
  REQUIRE(to.size() == 2);
  CHECK(to[0].dst == ip("10.0.0.0"));
  CHECK(to[0].prefsrc == ip("192.0.2.1"));
  CHECK(to[1].dst_len == 0);
  CHECK(to[1].prefsrc == ip("192.0.2.1"));
  // pointed, then put back: each to its default
  auto back = repointed_routes(to, 2, std::nullopt, mine);
  REQUIRE(back.size() == 2);
  CHECK(back[0].prefsrc == ip("10.0.0.1"));
  CHECK_FALSE(back[1].prefsrc);
  // already right: nothing to do
  CHECK(repointed_routes(routes, 2, std::nullopt, mine).empty());
}
