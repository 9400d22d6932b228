#include "lib/common/ether_addr.h"

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_common_ether_addr_test {

TEST_CASE("parse_ether takes one or two digits per octet") {
  auto a = parse_ether("aa:1:2:3:4:5");
  REQUIRE(a);
  CHECK(*a == HwAddr{0xaa, 1, 2, 3, 4, 5});
  CHECK(*parse_ether("00-11-22-33-44-FF") == HwAddr{0, 0x11, 0x22, 0x33, 0x44, 0xff});
  CHECK_FALSE(parse_ether("aa:1:2:3:4"));
  CHECK_FALSE(parse_ether("aa:1:2:3:4:5:6"));
  CHECK_FALSE(parse_ether("aa:1:2:3:4:"));
  CHECK_FALSE(parse_ether("aaa:1:2:3:4:5"));
  CHECK_FALSE(parse_ether("g0:1:2:3:4:5"));
  CHECK_FALSE(parse_ether("aa::2:3:4:5"));
  CHECK_FALSE(parse_ether(""));
  CHECK_FALSE(parse_ether("aa:1-2:3:4:5"));
}

TEST_CASE("ether formats") {
  HwAddr a{0x02, 0x42, 0xac, 0x11, 0x00, 0x02};
  CHECK(ether_solaris(a) == "2:42:ac:11:0:2");
  CHECK(ether_colon(a) == "02:42:ac:11:00:02");
  CHECK_FALSE(is_multicast_ether(a));
  CHECK(is_multicast_ether(HwAddr{1, 0, 0x5e, 0, 0, 1}));
  CHECK(is_zero_ether(HwAddr(6, 0)));
}

}  // namespace lib_common_ether_addr_test
