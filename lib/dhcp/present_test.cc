#include "lib/dhcp/present.h"

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_dhcp_present_test {

TEST_CASE("a DHCP outcome prints one status table per interface, or nothing") {
  const LocalTimeFn utc = [](std::time_t t) {
    std::tm tm{};
    gmtime_r(&t, &tm);
    return tm;
  };
  CHECK(present_dhcp({}, utc).out.empty());
  CHECK(present_dhcp({}, utc).status == 0);
  DhcpStatus bound;
  bound.ifname = "v0";
  bound.state = DhcpState::bound;
  bound.primary = true;
  bound.times = DhcpLeaseTimes{0, 120, 60};
  DhcpStatus selecting;
  selecting.ifname = "v1";
  const Output o = present_dhcp({{bound, selecting}}, utc);
  CHECK(o.out == render_dhcp_status(bound, utc) + render_dhcp_status(selecting, utc));
  CHECK(o.out.find("(Began, Expires, Renew) = (01/01/1970 00:00, 01/01/1970 00:02, 01/01/1970 00:01)\n") !=
        std::string::npos);
  CHECK(o.errors.empty());
}

}  // namespace lib_dhcp_present_test
