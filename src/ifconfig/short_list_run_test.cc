#include "src/ifconfig/short_list_run.h"

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"
#include "src/common/fake_kernel.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_ifconfig_short_list_run_test {

TEST_CASE("-s reads the counters; a missing name prints the header and net-tools' message") {
  FakeKernel k;
  k.links_ = {loopback()};
  k.links_[0].stats = LinkStats{.rx_packets = 3, .tx_packets = 4};
  Output ok = run_short_list(k, {});
  CHECK(ok.status == 0);
  CHECK(ok.out.find("lo              65536        3      0      0 0             4") != std::string::npos);
  Output missing = run_short_list(k, {.name = "eth9"});
  CHECK(missing.status == 1);
  CHECK(missing.out.starts_with("Iface "));
  CHECK(missing.notes == std::vector<std::string>{"eth9: error fetching interface information: Device not found"});
}

TEST_CASE("the plain link dump carries no counters") {
  FakeKernel k;
  k.links_ = {loopback()};
  k.links_[0].stats = LinkStats{};
  CHECK_FALSE(k.links()->at(0).stats);
}

}  // namespace src_ifconfig_short_list_run_test
