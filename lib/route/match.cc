#include "lib/route/match.h"

namespace solnet {

const Route* longest_match(const std::vector<Route>& routes, const InetAddr& addr) {
  const Route* best = nullptr;
  for (const auto& r : routes) {
    if (r.family != addr.family || network_of(addr, r.dst_len) != network_of(r.dst, r.dst_len)) continue;
    if (!best || r.dst_len > best->dst_len) best = &r;
  }
  return best;
}

const Route* exact_match(const std::vector<Route>& routes, const InetAddr& dst, int len,
                         const std::optional<InetAddr>& gateway) {
  for (const auto& r : routes)
    if (r.family == dst.family && r.dst_len == len && r.dst == dst && (!gateway || r.gateway == *gateway)) return &r;
  return nullptr;
}

}  // namespace solnet
