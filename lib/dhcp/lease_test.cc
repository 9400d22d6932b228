#include "lib/dhcp/lease.h"

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_dhcp_lease_test {

// What dhcpcd 9.4.1 printed for a dnsmasq lease.
static const char* kDump =
    "reason=BOUND\n"
    "interface=v0\n"
    "protocol=dhcp\n"
    "ip_address=10.9.0.98\n"
    "subnet_cidr=24\n"
    "routers=10.9.0.1\n"
    "domain_name_servers=10.9.0.1 10.9.0.2\n"
    "dhcp_lease_time=120\n"
    "dhcp_message_type=5\n"
    "dhcp_server_identifier=10.9.0.1\n"
    "dhcp_renewal_time=60\n"
    "dhcp_rebinding_time=105\n";

TEST_CASE("a dhcpcd dump gives the lease's address, times and type") {
  auto l = parse_dhcpcd_dump(kDump);
  REQUIRE(l);
  CHECK(l->reason == "BOUND");
  CHECK(l->address == parse_inet("10.9.0.98"));
  CHECK(l->lease_time == 120u);
  CHECK(l->t1() == 60u);
  CHECK(l->t2() == 105u);
  CHECK(l->message_type == 5u);
  CHECK_FALSE(l->bootp());
}

TEST_CASE("T1 and T2 default to 0.5 and 0.875 of the lease; infinite stays infinite") {
  auto l = parse_dhcpcd_dump("reason=RENEW\nip_address=10.0.0.2\ndhcp_lease_time=3600\n");
  REQUIRE(l);
  CHECK_FALSE(l->renewal_time);
  CHECK(l->t1() == 1800u);
  CHECK(l->t2() == 3150u);
  auto inf = parse_dhcpcd_dump("dhcp_lease_time=4294967295\n");
  REQUIRE(inf);
  CHECK(inf->t1() == kDhcpInfinite);
  auto none = parse_dhcpcd_dump("reason=BOUND\n");
  REQUIRE(none);
  CHECK_FALSE(none->t1());
  CHECK(none->bootp());  // BOOTP replies carry no message type
}

TEST_CASE("malformed values of known variables are errors; other lines are ignored") {
  CHECK(parse_dhcpcd_dump("dhcp_lease_time=12x\n").error().message == "dhcpcd reported a malformed dhcp_lease_time");
  CHECK(parse_dhcpcd_dump("ip_address=10.0.0\n").error().message == "dhcpcd reported a malformed ip_address");
  CHECK(parse_dhcpcd_dump("dhcp_renewal_time=\n").error().message ==
        "dhcpcd reported a malformed dhcp_renewal_time");
  CHECK(parse_dhcpcd_dump("dhcp_lease_time=4294967296\n").error().message ==
        "dhcpcd reported a malformed dhcp_lease_time");
  auto l = parse_dhcpcd_dump("garbage\nfoo=bar\n\nreason=REBOOT");
  REQUIRE(l);
  CHECK(l->reason == "REBOOT");
}

}  // namespace lib_dhcp_lease_test
