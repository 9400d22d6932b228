#include "lib/route/sol_metrics.h"

#include <sys/socket.h>

namespace solnet {

namespace {

uint32_t ceil_div(uint32_t v, uint32_t unit) { return static_cast<uint32_t>((uint64_t{v} + unit - 1) / unit); }

}  // namespace

uint32_t rtt_metric(uint32_t usec) { return ceil_div(usec, 125); }
uint32_t rttvar_metric(uint32_t usec) { return ceil_div(usec, 250); }

uint32_t ssthresh_metric(uint32_t bytes, uint32_t mss) { return ceil_div(bytes, mss ? mss : 1); }

uint32_t metric_mss(int family, std::optional<uint32_t> mtu) {
  const uint32_t headers = family == AF_INET6 ? 60 : 40;
  const uint32_t m = mtu.value_or(1500);
  return m > headers ? m - headers : 1;
}

}  // namespace solnet
