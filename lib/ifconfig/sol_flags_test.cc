#include "lib/ifconfig/sol_flags.h"

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_ifconfig_sol_flags_test {

TEST_CASE("flags print as illumos prints them") {
  using namespace sflag;
  CHECK(format(UP | BROADCAST | RUNNING | MULTICAST | IPV4) ==
        "1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4>");
  CHECK(format(UP | LOOPBACK | RUNNING | MULTICAST | IPV4 | VIRTUAL) ==
        "2001000849<UP,LOOPBACK,RUNNING,MULTICAST,IPv4,VIRTUAL>");
  CHECK(format(DHCPRUNNING | IPV4 | BROADCAST) == "1004002<BROADCAST,DHCP,IPv4>");
  CHECK(format(0) == "0<>");
}

TEST_CASE("flag table keeps the if_tcp(7P) bit values") {
  CHECK(sflag::by_name("PRIVATE") == 0x8000);
  CHECK(sflag::by_name("IPv6") == 0x2000000);
  CHECK(sflag::by_name("VIRTUAL") == 0x2000000000);
  CHECK(sflag::by_name("CoS") == 0x200000000);
  CHECK(sflag::by_name("nope") == 0);
  uint64_t seen = 0;
  for (const auto& f : sflag::table()) {
    CHECK((seen & f.bit) == 0);
    CHECK(f.bit > seen);  // ascending, as illumos prints
    seen |= f.bit;
  }
}

}  // namespace lib_ifconfig_sol_flags_test
