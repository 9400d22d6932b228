#include "lib/route/table6_text.h"

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_table6_text_test {

namespace {

constexpr const char* kProc =
    "20010db8000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 "
    "00000100 00000003 00000000 00000001       v0\n"
    "20010db8000100000000000000000006 80 00000000000000000000000000000000 00 00000000000000000000000000000000 "
    "00000001 00000001 00000000 00000005       v0\n"
    "20010db8000200000000000000000000 40 00000000000000000000000000000000 00 20010db8000000000000000000000099 "
    "00000001 00000002 00000000 00000003       v0\n"
    "20010db8000300000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 "
    "00000001 00000001 00000000 00000031       v0\n"
    "00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 "
    "ffffffff 00000001 00000000 00200200       lo\n"
    "00000000000000000000ffff0a000001 80 00000000000000000000000000000000 00 00000000000000000000000000000000 "
    "00000000 00000001 00000000 01000001       lo\n"
    "garbage\n";

}  // namespace

TEST_CASE("/proc/net/ipv6_route lines parse; others are left out") {
  auto rows = parse_ipv6_route(kProc);
  REQUIRE(rows.size() == 6);
  CHECK(rows[0].dst.str() == "2001:db8::");
  CHECK(rows[0].dst_len == 64);
  CHECK(rows[0].metric == 256u);
  CHECK(rows[0].refcnt == 3u);
  CHECK(rows[2].nexthop.str() == "2001:db8::99");
  CHECK(rows[4].metric == 0xffffffffu);
  CHECK(rows[4].iface == "lo");
}

TEST_CASE("route -A inet6 -n: net-tools' layout and flags; cache entries skipped") {
  FakeNames names;
  auto s = render_inet6_table(parse_ipv6_route(kProc), true, names);
  CHECK(s ==
        "Kernel IPv6 routing table\n"
        "Destination                    Next Hop                   Flag Met Ref  Use If\n"
        "2001:db8::/64                  ::                         U    256 3      0 v0\n"
        "2001:db8:1::6/128              ::                         UH   1   1      0 v0\n"
        "2001:db8:2::/64                2001:db8::99               UG   1   2      0 v0\n"
        "2001:db8:3::/64                ::                         Um   1   1      0 v0\n"
        "::/0                           ::                         !n   -1  1      0 lo\n");
}

TEST_CASE("route -A inet6 resolves names; :: is [::]; v4-mapped prints dotted") {
  FakeNames names;
  names.hosts["2001:db8::99"] = "gw6";
  auto s = render_inet6_table(parse_ipv6_route(kProc), false, names);
  CHECK(s.find("2001:db8:2::/64                gw6 ") != std::string::npos);
  CHECK(s.find("[::]/0                         [::]") != std::string::npos);
  auto mapped = parse_ipv6_route(
      "00000000000000000000ffff0a000001 80 00000000000000000000000000000000 00 00000000000000000000000000000000 "
      "00000000 00000001 00000000 00000001       lo\n");
  CHECK(render_inet6_table(mapped, true, names).find("\n10.0.0.1/128 ") != std::string::npos);
}

}  // namespace lib_route_table6_text_test
