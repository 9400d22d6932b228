#include "src/common/nl_route.h"

#include <doctest/doctest.h>
#include <linux/rtnetlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>

#include <cstring>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_common_nl_route_test {

TEST_CASE("a route survives the trip through RTM_NEWROUTE") {
  Route r = route4("10.9.0.0", 16, "10.0.0.254", 2, "");
  r.prefsrc = *parse_inet("10.0.0.2");
  r.priority = 5;
  r.table = 100;
  r.flags = RTNH_F_ONLINK;
  r.metrics.mtu = 1400;
  r.metrics.advmss = 1360;
  r.metrics.window = 4096;
  r.metrics.rtt = 240;
  r.metrics.hoplimit = 9;
  r.metrics.locks = 1u << RTAX_MTU;
  auto m = route_message(RTM_NEWROUTE, NLM_F_CREATE, r);
  REQUIRE(m);
  auto back = parse_route(nlmsg_hdr(m.get()));
  REQUIRE(back);
  CHECK(*back == r);
}

TEST_CASE("a new route takes its lifetime (RTA_EXPIRES); a deletion carries none") {
  Route r;
  r.family = AF_INET6;
  r.dst = *parse_inet("2001:db8:5::");
  r.dst_len = 48;
  r.expires = 300;
  auto add = route_message(RTM_NEWROUTE, NLM_F_CREATE, r);
  REQUIRE(add);
  auto back = parse_route(nlmsg_hdr(add.get()));
  REQUIRE(back);
  CHECK(back->expires == 300u);
  auto del = route_message(RTM_DELROUTE, 0, r);
  REQUIRE(del);
  auto gone = parse_route(nlmsg_hdr(del.get()));
  REQUIRE(gone);
  CHECK_FALSE(gone->expires);
}

TEST_CASE("large table ids go in RTA_TABLE alone; default routes carry no RTA_DST") {
  Route r;
  r.family = AF_INET6;
  r.dst = *parse_inet("::");
  r.table = 1000;
  r.oif = 3;
  auto m = route_message(RTM_DELROUTE, 0, r);
  REQUIRE(m);
  auto* rtm = static_cast<rtmsg*>(nlmsg_data(nlmsg_hdr(m.get())));
  CHECK(rtm->rtm_table == RT_TABLE_UNSPEC);
  auto back = parse_route(nlmsg_hdr(m.get()));
  REQUIRE(back);
  CHECK(back->table == 1000u);
  CHECK(back->dst.str() == "::");
  CHECK(back->oif == 3);
}

TEST_CASE("multipath routes: every next hop read, none sent") {
  Route r = route4("10.50.0.0", 16, nullptr, 0, "");
  auto m = route_message(RTM_NEWROUTE, 0, r);
  REQUIRE(m);
  // Append RTA_MULTIPATH with two next hops by hand.
  char buf[64] = {};
  auto* nh1 = reinterpret_cast<rtnexthop*>(buf);
  nh1->rtnh_len = RTNH_LENGTH(8);
  nh1->rtnh_ifindex = 2;
  auto* gw1 = reinterpret_cast<rtattr*>(RTNH_DATA(nh1));
  gw1->rta_len = RTA_LENGTH(4);
  gw1->rta_type = RTA_GATEWAY;
  uint8_t a1[4] = {10, 0, 0, 5};
  std::memcpy(RTA_DATA(gw1), a1, 4);
  auto* nh2 = reinterpret_cast<rtnexthop*>(buf + RTNH_ALIGN(nh1->rtnh_len));
  nh2->rtnh_len = sizeof(rtnexthop);
  nh2->rtnh_ifindex = 3;
  const int len = RTNH_ALIGN(nh1->rtnh_len) + nh2->rtnh_len;
  REQUIRE(nla_put(m.get(), RTA_MULTIPATH, len, buf) >= 0);
  auto back = parse_route(nlmsg_hdr(m.get()));
  REQUIRE(back);
  REQUIRE(back->multipath.size() == 2);
  CHECK(back->gateway.str() == "10.0.0.5");
  CHECK(back->oif == 2);
  CHECK(back->multipath[1].oif == 3);
  CHECK(back->multipath[1].gateway.family == 0);
  auto again = route_message(RTM_DELROUTE, 0, *back);
  auto sent = parse_route(nlmsg_hdr(again.get()));
  CHECK_FALSE(sent->has_gateway());
  CHECK(sent->oif == 0);
}

TEST_CASE("other messages are not routes") {
  nlmsghdr h{};
  h.nlmsg_len = NLMSG_LENGTH(sizeof(rtmsg));
  h.nlmsg_type = RTM_NEWLINK;
  CHECK_FALSE(parse_route(&h));
}

}  // namespace src_common_nl_route_test
