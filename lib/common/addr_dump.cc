#include "lib/common/addr_dump.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace solnet {

bool repeats_an_address(std::span<const Addr> addrs) {
  using Key = std::tuple<int, int, InetAddr, InetAddr, int>;
  std::vector<Key> keys;
  keys.reserve(addrs.size());
  for (const Addr& a : addrs) keys.emplace_back(a.ifindex, a.family, a.local, a.peer.value_or(a.local), a.prefixlen);
  std::sort(keys.begin(), keys.end());
  return std::adjacent_find(keys.begin(), keys.end()) != keys.end();
}

}  // namespace solnet
