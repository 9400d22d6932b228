#include "lib/common/addr_groups.h"

#include <sys/socket.h>

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_common_addr_groups_test {

Addr addr(int family, int ifindex, uint32_t n) {
  Addr a;
  a.family = family;
  a.ifindex = ifindex;
  a.local = InetAddr::from_v4(n);
  return a;
}

// The group as a scan of the whole dump finds it, in dump order.
std::vector<uint32_t> scan(const std::vector<Addr>& all, int family, int ifindex) {
  std::vector<uint32_t> out;
  for (const auto& a : all)
    if (a.family == family && a.ifindex == ifindex) out.push_back(a.local.v4());
  return out;
}

std::vector<uint32_t> values(std::span<const Addr> g) {
  std::vector<uint32_t> out;
  for (const auto& a : g) out.push_back(a.local.v4());
  return out;
}

TEST_CASE("AddrGroups gives each family and link's addresses in dump order, runs in place, split ones gathered") {
  uint32_t seed = 5;
  for (int round = 0; round < 200; ++round) {
    std::vector<Addr> all;
    const int n = round % 40;
    for (int i = 0; i < n; ++i) {
      seed = seed * 1103515245u + 12345u;
      // mostly runs, as the kernel dumps; now and then a link comes back
      const bool jump = (seed >> 20) % 5 == 0 || all.empty();
      const Addr& prev = all.empty() ? addr(AF_INET, 1, 0) : all.back();
      all.push_back(jump ? addr((seed >> 8) % 2 ? AF_INET : AF_INET6, 1 + static_cast<int>((seed >> 12) % 4), static_cast<uint32_t>(i))
                         : addr(prev.family, prev.ifindex, static_cast<uint32_t>(i)));
    }
    AddrGroups g(all);
    for (int family : {AF_INET, AF_INET6})
      for (int ifindex = 0; ifindex <= 5; ++ifindex) CHECK(values(g.of(family, ifindex)) == scan(all, family, ifindex));
  }
}

TEST_CASE("AddrGroups hands a run out in place") {
  std::vector<Addr> all{addr(AF_INET, 2, 1), addr(AF_INET, 2, 2), addr(AF_INET, 3, 3)};
  AddrGroups g(all);
  CHECK(g.of(AF_INET, 2).data() == &all[0]);
  CHECK(g.of(AF_INET, 3).data() == &all[2]);
  CHECK(g.of(AF_INET6, 2).empty());
}

}  // namespace lib_common_addr_groups_test
