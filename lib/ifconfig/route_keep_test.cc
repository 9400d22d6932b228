#include "lib/ifconfig/route_keep.h"

#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include <doctest/doctest.h>

#include "lib/common/doctest_strings.h"
#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_route_keep_test {

Route route(const char* dst, int len, const char* gw, int oif, uint8_t protocol = RTPROT_BOOT) {
  Route r;
  r.dst = ip(dst);
  r.family = r.dst.family;
  r.dst_len = len;
  if (gw) r.gateway = ip(gw);
  r.oif = oif;
  r.protocol = protocol;
  return r;
}

RouteWorld world(std::vector<Addr> addrs) {
  return {.index = 2, .up = true, .inet = true, .inet6 = true, .addrs = std::move(addrs), .stored = {}};
}

TEST_CASE("kept: what somebody added, not the kernel's, an RA's or a DHCP client's") {
  CHECK(kept_route(route("172.20.0.0", 16, "10.0.0.2", 2)));
  CHECK_FALSE(kept_route(route("10.0.0.0", 24, nullptr, 2, RTPROT_KERNEL)));
  CHECK_FALSE(kept_route(route("0.0.0.0", 0, "10.0.0.1", 2, 16)));
  CHECK_FALSE(kept_route(route("::", 0, "fe80::1", 2, 9)));
  Route local = route("10.0.0.5", 32, nullptr, 2);
  local.table = RT_TABLE_LOCAL;
  CHECK_FALSE(kept_route(local));
}

TEST_CASE("a link's routes: out of it or sourced from its addresses, without the kernel's own flags") {
  Route via = route("172.20.0.0", 16, "10.0.0.2", 2);
  via.flags = RTNH_F_LINKDOWN | RTNH_F_ONLINK;
  via.ifname = "v0";
  Route sourced = route("192.0.2.0", 24, "10.1.0.1", 3);
  sourced.prefsrc = ip("10.0.0.5");
  Route other = route("198.51.100.0", 24, "10.1.0.1", 3);
  auto got = link_routes({via, sourced, other}, 2, {v4(2, "10.0.0.5", 24, "v0")});
  REQUIRE(got.size() == 2);
  CHECK(got[0].flags == RTNH_F_ONLINK);
  CHECK(got[0].ifname.empty());
  CHECK(got[1].oif == 3);
  CHECK(has_route(got, via));
  CHECK_FALSE(has_route(got, other));
  Route unsourced = via;
  unsourced.prefsrc = ip("10.0.0.5");
  CHECK_FALSE(has_route(got, unsourced));
}

TEST_CASE("IPv6 multipath routes are their paths; IPv4 ones are left alone") {
  Route six = route("::", 0, "2001:db8::1", 2);
  six.multipath = {{ip("2001:db8::1"), 2, "v0"}, {ip("2001:db8::2"), 2, "v0"}};
  Route four = route("0.0.0.0", 0, "10.0.0.1", 2);
  four.multipath = {{ip("10.0.0.1"), 2, "v0"}, {ip("10.0.0.2"), 2, "v0"}};
  auto got = link_routes({six, four}, 2, {});
  REQUIRE(got.size() == 2);
  CHECK(got[1].gateway == ip("2001:db8::2"));
  CHECK(got[1].multipath.empty());
}

TEST_CASE("judged: back when its gateway is on an up subnet, held while the link is down, gone otherwise") {
  const Route r = route("172.20.0.0", 16, "10.0.0.2", 2);
  auto w = world({v4(2, "10.0.0.9", 16, "v0")});
  CHECK(judge_route(r, w).fate == RouteFate::restore);
  w.up = false;
  CHECK(judge_route(r, w).fate == RouteFate::hold);
  w = world({v4(2, "10.1.0.9", 24, "v0")});
  w.up = false;
  CHECK(judge_route(r, w).fate == RouteFate::hold);  // judged when the link is up
  w.up = true;
  auto j = judge_route(r, w);
  CHECK(j.fate == RouteFate::gone);
  CHECK(j.why == "gateway not on any subnet of the interface");
  // a down logical interface in the store: it may come back
  StoredLif down;
  down.family = AF_INET;
  down.unit = 1;
  down.address = ip("10.0.0.7");
  down.prefixlen = 24;
  w.stored.push_back(down);
  CHECK(judge_route(r, w).fate == RouteFate::hold);
  w.inet = false;
  CHECK(judge_route(r, w).why == "interface unplumbed");
}

TEST_CASE("judged: link-local and onlink gateways need no subnet; a source must be configured somewhere") {
  auto w = world({});
  CHECK(judge_route(route("::", 0, "fe80::1", 2), w).fate == RouteFate::restore);
  w.inet6 = false;
  CHECK(judge_route(route("::", 0, "fe80::1", 2), w).fate == RouteFate::gone);
  w = world({v4(2, "10.0.0.5", 24, "v0")});
  Route onlink = route("0.0.0.0", 0, "192.168.9.1", 2);
  onlink.flags = RTNH_F_ONLINK;
  CHECK(judge_route(onlink, w).fate == RouteFate::restore);
  Route src = route("192.0.2.0", 24, "10.0.0.1", 2);
  src.prefsrc = ip("10.0.0.6");
  CHECK(judge_route(src, w).why == "source 10.0.0.6 no longer configured");
  // an IPv4 device route waits for an IPv4 address
  CHECK(judge_route(route("192.0.2.0", 24, nullptr, 2), world({})).fate == RouteFate::hold);
}

TEST_CASE("route words as route(1M) says them") {
  CHECK(route_words(route("0.0.0.0", 0, "10.0.0.1", 2)) == "net default: gateway 10.0.0.1");
  CHECK(route_words(route("172.20.0.0", 16, "10.0.0.2", 2)) == "net 172.20.0.0/16: gateway 10.0.0.2");
  CHECK(route_words(route("192.0.2.7", 32, "10.0.0.3", 2)) == "host 192.0.2.7: gateway 10.0.0.3");
  CHECK(route_words(route("2001:db8:f1::", 48, nullptr, 2)) == "net 2001:db8:f1::/48");
}

}  // namespace lib_ifconfig_route_keep_test
