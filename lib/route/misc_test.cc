// The small pieces: flags, kind names, prefix inference, matching, usage.
#include <doctest/doctest.h>

#include "lib/route/flags.h"
#include "lib/route/infer.h"
#include "lib/route/kind.h"
#include "lib/route/match.h"
#include "lib/route/printf_text.h"
#include "lib/common/test_fixtures.h"
#include "lib/route/usage.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_misc_test {

TEST_CASE("route flags from a kernel route") {
  Route r = route4("10.0.0.1", 32, "10.0.0.254");
  CHECK(rtflag::bracketed(rtflag::of(r)) == "<UP,GATEWAY,HOST,STATIC>");
  r.protocol = RTPROT_KERNEL;
  r.prefsrc = *parse_inet("10.0.0.1");
  CHECK(rtflag::bracketed(rtflag::of(r)) == "<UP,GATEWAY,HOST>");  // the kernel's own source is no SETSRC
  r.protocol = RTPROT_DHCP;
  CHECK(rtflag::bracketed(rtflag::of(r)) == "<UP,GATEWAY,HOST,SETSRC>");
  Route u = route4("10.0.0.0", 8);
  u.type = RTN_PROHIBIT;
  CHECK(rtflag::bracketed(rtflag::of(u)) == "<UP,REJECT,STATIC>");
  u.type = RTN_BLACKHOLE;
  CHECK(rtflag::bracketed(rtflag::of(u)) == "<UP,STATIC,BLACKHOLE>");
  CHECK(rtflag::bracketed(0).empty());
}

TEST_CASE("kind names") {
  CHECK(route_type_name(RTN_UNREACHABLE) == "unreachable");
  CHECK(route_type_name(200) == "200");
  CHECK(route_protocol_name(RTPROT_BOOT) == "boot");
  CHECK(route_protocol_name(RTPROT_STATIC) == "static");
  CHECK(route_scope_name(RT_SCOPE_UNIVERSE) == "global");
  CHECK(route_scope_name(RT_SCOPE_LINK) == "link");
}

TEST_CASE("interface_prefix: the subnet that holds the destination, else the class") {
  std::vector<IfAddr> addrs{{*parse_inet("127.0.0.1"), 8, 1, false}, {*parse_inet("172.16.3.1"), 16, 2, false}};
  auto lo = interface_prefix(*parse_inet("127.0.0.0"), addrs);
  CHECK(lo.prefix == 8);
  CHECK(lo.ifindex == 1);
  auto eth = interface_prefix(*parse_inet("172.16.3.0"), addrs);
  CHECK(eth.prefix == 16);
  CHECK(eth.ifindex == 2);
  auto none = interface_prefix(*parse_inet("192.168.7.0"), addrs);
  CHECK(none.prefix == 24);
  CHECK(none.ifindex == 0);
}

TEST_CASE("subnet_prefix: same classful network, point-to-point last") {
  std::vector<IfAddr> addrs{{*parse_inet("10.1.1.1"), 30, 3, true}, {*parse_inet("10.2.0.1"), 24, 2, false}};
  CHECK(subnet_prefix(*parse_inet("10.5.6.7"), addrs) == 24);
  CHECK(subnet_prefix(*parse_inet("10.5.6.7"), {addrs[0]}) == 30);
  CHECK(subnet_prefix(*parse_inet("172.16.1.2"), addrs) == 16);
}

TEST_CASE("longest and exact matches") {
  std::vector<Route> t{route4("0.0.0.0", 0, "10.0.0.254"), route4("10.0.0.0", 8), route4("10.9.0.0", 16, "10.0.0.1"),
                       route4("10.9.0.0", 16, "10.0.0.2")};
  CHECK(longest_match(t, *parse_inet("10.9.1.1")) == &t[2]);
  CHECK(longest_match(t, *parse_inet("192.168.1.1")) == &t[0]);
  CHECK(longest_match({}, *parse_inet("192.168.1.1")) == nullptr);
  CHECK(exact_match(t, *parse_inet("10.9.0.0"), 16) == &t[2]);
  CHECK(exact_match(t, *parse_inet("10.9.0.0"), 16, *parse_inet("10.0.0.2")) == &t[3]);
  CHECK(exact_match(t, *parse_inet("10.9.0.0"), 24) == nullptr);
}

TEST_CASE("usage lists every verb, modifier and keyword") {
  auto u = route_usage();
  for (const char* w : {"  add ", "  monitor ", "  -netmask MASK ", "  -ifp IF ", "  gw GW ", "  mss M *", "  dev IF ",
                        "  -A, --protocol FAMILY ", "  -R DIR ", "  -V, --version "})
    CHECK_MESSAGE(u.find(w) != std::string::npos, w);
}

TEST_CASE("printf_text formats any length") {
  CHECK(printf_text("%-5s|%3d", "ab", 7) == "ab   |  7");
  CHECK(printf_text("%s", std::string(1000, 'x').c_str()).size() == 1000);
  CHECK(printf_text("%s", "").empty());
}

}  // namespace lib_route_misc_test
