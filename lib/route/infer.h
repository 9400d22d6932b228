// Prefix lengths that route works out from the interfaces' addresses when
// a command gives none (see MaskRule in route_request.h).
#pragma once

#include <optional>
#include <vector>

#include "lib/common/inet_addr.h"

namespace solnet {

struct IfAddr {
  InetAddr local;
  int prefixlen = 0;
  int ifindex = 0;
  bool point_to_point = false;
};

struct InferredPrefix {
  int prefix = 0;
  int ifindex = 0;  // the interface whose subnet holds the destination; 0 if none
};

// MaskRule::interface: the prefix of the first address whose subnet holds
// `dst`, else the classful one.
InferredPrefix interface_prefix(const InetAddr& dst, const std::vector<IfAddr>& addrs);

// MaskRule::subnet (illumos inet_makesubnetmask()): the prefix of the
// first address on the same classful network as `dst`, a point-to-point
// one only when there is no other; else the classful prefix.
int subnet_prefix(const InetAddr& dst, const std::vector<IfAddr>& addrs);

}  // namespace solnet
