// illumos route(1M) metric modifiers in the units of the Linux kernel's
// route metrics (RTA_METRICS).
#pragma once

#include <cstdint>
#include <optional>

namespace solnet {

// -rtt and -rttvar are microseconds; RTAX_RTT counts 1/8 ms and
// RTAX_RTTVAR 1/4 ms (TCP's srtt << 3 and mdev << 2, as iproute2 scales
// them). Rounded up, so that a value asked for is never "unset" (0).
uint32_t rtt_metric(uint32_t usec);
uint32_t rttvar_metric(uint32_t usec);

// -ssthresh is bytes; RTAX_SSTHRESH counts segments of `mss` bytes.
// Rounded up; at least 1 for a value other than 0.
uint32_t ssthresh_metric(uint32_t bytes, uint32_t mss);

// The MSS an -ssthresh is counted in: the route's -mtu when given, else
// an Ethernet MTU (1500), less the IP and TCP headers of the family.
uint32_t metric_mss(int family, std::optional<uint32_t> mtu);

}  // namespace solnet
