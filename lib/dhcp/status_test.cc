#include "lib/dhcp/status.h"

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_dhcp_status_test {

namespace {

std::tm utc(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm;
}

// 2026-11-23 18:46:00 UTC
constexpr std::time_t kBegan = 1795459560;

DhcpLease lease(const char* reason, std::optional<uint32_t> secs = 120) {
  DhcpLease l;
  l.reason = reason;
  l.address = parse_inet("10.9.0.98");
  l.lease_time = secs;
  l.message_type = 5;
  return l;
}

}  // namespace

TEST_CASE("a bound lease prints the illumos table with its times") {
  DhcpLease l = lease("BOUND");
  l.renewal_time = 60;
  auto s = dhcp_status("v0", &l, kBegan, kBegan + 10, true);
  CHECK(s.state == DhcpState::bound);
  CHECK(render_dhcp_status(s, utc) ==
        "Interface  State         Sent  Recv  Declined  Flags\n"
        "v0         BOUND            -     -         -  [PRIMARY] \n"
        "(Began, Expires, Renew) = (11/23/2026 18:46, 11/23/2026 18:48, 11/23/2026 18:47)\n");
}

TEST_CASE("no lease yet: SELECTING, and no times") {
  auto s = dhcp_status("eth0", nullptr, 0, kBegan, false);
  CHECK(render_dhcp_status(s, utc) ==
        "Interface  State         Sent  Recv  Declined  Flags\n"
        "eth0       SELECTING        -     -         -  \n");
}

TEST_CASE("past T1 the client is RENEWING, past T2 REBINDING") {
  DhcpLease l = lease("RENEW", 1000);  // T1 500, T2 875 by default
  CHECK(dhcp_status("v0", &l, kBegan, kBegan + 499, false).state == DhcpState::bound);
  CHECK(dhcp_status("v0", &l, kBegan, kBegan + 500, false).state == DhcpState::renewing);
  CHECK(dhcp_status("v0", &l, kBegan, kBegan + 875, false).state == DhcpState::rebinding);
  CHECK(dhcp_status("v0", &l, kBegan, kBegan + 500, false).times->renew == kBegan + 500);
}

TEST_CASE("infinite leases never expire; BOOTP is flagged") {
  DhcpLease l = lease("REBOOT", kDhcpInfinite);
  l.message_type.reset();
  auto s = dhcp_status("v0", &l, kBegan, kBegan + 1000000, false);
  CHECK(s.state == DhcpState::bound);
  CHECK(render_dhcp_status(s, utc) ==
        "Interface  State         Sent  Recv  Declined  Flags\n"
        "v0         BOUND            -     -         -  [BOOTP] \n"
        "(Began, Expires, Renew) = (11/23/2026 18:46, Never, Never)\n");
}

TEST_CASE("INFORM replies are INFORMATION, unknown reasons <unknown>, both without times") {
  DhcpLease inform = lease("INFORM");
  auto s = dhcp_status("v0", &inform, kBegan, kBegan, false);
  CHECK(s.state == DhcpState::information);
  CHECK_FALSE(s.times);
  DhcpLease odd = lease("IPV4LL");
  CHECK(dhcp_status("v0", &odd, kBegan, kBegan, false).state == DhcpState::unknown);
  CHECK(dhcp_state_name(DhcpState::unknown) == "<unknown>");
}

}  // namespace lib_dhcp_status_test
