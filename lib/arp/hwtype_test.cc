#include "lib/arp/hwtype.h"

#include <net/if_arp.h>

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_arp_hwtype_test {

TEST_CASE("hardware types by name and number, as net-tools has them") {
  REQUIRE(hwtype_by_name("ether"));
  CHECK(hwtype_by_name("ether")->arphrd == ARPHRD_ETHER);
  CHECK(hwtype_by_name("ether")->arp);
  CHECK_FALSE(hwtype_by_name("loop")->arp);
  CHECK_FALSE(hwtype_by_name("Ethernet"));
  CHECK(hwtype_name(ARPHRD_ETHER) == "ether");
  CHECK(hwtype_name(ARPHRD_LOOPBACK) == "loop");
  CHECK(hwtype_name(ARPHRD_IEEE80211) == "ether");  // unknown types print as ether
}

}  // namespace lib_arp_hwtype_test
