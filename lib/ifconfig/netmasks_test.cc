#include "lib/ifconfig/netmasks.h"

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_ifconfig_netmasks_test {

static uint32_t ip(uint8_t a, uint8_t b, uint8_t c, uint8_t d) {
  return (uint32_t{a} << 24) | (uint32_t{b} << 16) | (uint32_t{c} << 8) | d;
}

TEST_CASE("netmasks file parsing skips comments and junk") {
  auto t = parse_netmasks(
      "# comment\n"
      "10.0.0.0\t255.255.0.0\n"
      "\n"
      "128.32 0xffffff00   # trailing comment\r\n"
      "bogus 255.0.0.0\n"
      "192.168.0.0 255.0.255.0\n"
      "172.16.0.0\n"
      "192.168.1.0 /24\n");
  REQUIRE(t.size() == 2);
  CHECK(t[0].network == ip(10, 0, 0, 0));
  CHECK(t[0].prefix == 16);
  CHECK(t[1].network == ip(128, 32, 0, 0));
  CHECK(t[1].prefix == 24);
}

TEST_CASE("netmask + takes the longest match, else classful") {
  auto t = parse_netmasks(
      "10.0.0.0 255.255.0.0\n"
      "10.99.0.0 255.255.255.0\n"
      "172.16.3.0 255.255.255.192\n");
  CHECK(netmask_lookup(t, ip(10, 1, 1, 1)) == 16);
  CHECK(netmask_lookup(t, ip(10, 99, 1, 1)) == 24);
  CHECK(netmask_lookup(t, ip(172, 16, 3, 10)) == 26);
  CHECK(netmask_lookup(t, ip(172, 17, 3, 10)) == 16);
  CHECK(netmask_lookup(t, ip(192, 168, 1, 1)) == 24);
  CHECK(netmask_lookup({}, ip(10, 99, 1, 1)) == 8);
}

}  // namespace lib_ifconfig_netmasks_test
