#include "lib/route/infer.h"

namespace solnet {

InferredPrefix interface_prefix(const InetAddr& dst, const std::vector<IfAddr>& addrs) {
  for (const auto& a : addrs)
    if (a.local.family == dst.family && network_of(dst, a.prefixlen) == network_of(a.local, a.prefixlen))
      return {a.prefixlen, a.ifindex};
  return {classful_prefix4(dst.v4()), 0};
}

int subnet_prefix(const InetAddr& dst, const std::vector<IfAddr>& addrs) {
  const int classful = classful_prefix4(dst.v4());
  std::optional<int> point_to_point;
  for (const auto& a : addrs) {
    if (a.local.family != dst.family || network_of(a.local, classful) != network_of(dst, classful)) continue;
    if (!a.point_to_point) return a.prefixlen;
    point_to_point = a.prefixlen;
  }
  return point_to_point.value_or(classful);
}

}  // namespace solnet
