#include "lib/route/sol_metrics.h"

#include <doctest/doctest.h>
#include <sys/socket.h>

using namespace solnet;

namespace lib_route_sol_metrics_test {

TEST_CASE("-rtt and -rttvar microseconds become the kernel's 1/8 and 1/4 ms") {
  CHECK(rtt_metric(100000) == 800);  // 100 ms: iproute2's "rtt 100ms"
  CHECK(rttvar_metric(100000) == 400);
  CHECK(rtt_metric(0) == 0);
  CHECK(rtt_metric(1) == 1);  // rounded up: never "unset"
  CHECK(rttvar_metric(251) == 2);
  CHECK(rtt_metric(4294967295u) == 34359739);
}

TEST_CASE("-ssthresh bytes become segments of the route's MSS") {
  CHECK(metric_mss(AF_INET, std::nullopt) == 1460);
  CHECK(metric_mss(AF_INET6, std::nullopt) == 1440);
  CHECK(metric_mss(AF_INET, 9000u) == 8960);
  CHECK(metric_mss(AF_INET, 20u) == 1);
  CHECK(ssthresh_metric(14600, 1460) == 10);
  CHECK(ssthresh_metric(14601, 1460) == 11);
  CHECK(ssthresh_metric(1, 1460) == 1);
  CHECK(ssthresh_metric(0, 1460) == 0);
}

}  // namespace lib_route_sol_metrics_test
