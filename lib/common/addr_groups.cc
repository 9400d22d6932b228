#include "lib/common/addr_groups.h"

namespace solnet {

AddrGroups::AddrGroups(std::span<const Addr> addrs) : addrs_(addrs) {
  for (std::size_t i = 0; i < addrs.size();) {
    std::size_t j = i + 1;
    while (j < addrs.size() && addrs[j].family == addrs[i].family && addrs[j].ifindex == addrs[i].ifindex) ++j;
    auto [it, fresh] = runs_.try_emplace(key(addrs[i].family, addrs[i].ifindex), Run{i, j, false});
    if (!fresh) it->second.split = true;
    i = j;
  }
}

std::span<const Addr> AddrGroups::of(int family, int ifindex) {
  auto it = runs_.find(key(family, ifindex));
  if (it == runs_.end()) return {};
  const Run& r = it->second;
  if (!r.split) return addrs_.subspan(r.begin, r.end - r.begin);
  scratch_.clear();
  for (const Addr& a : addrs_.subspan(r.begin))
    if (a.family == family && a.ifindex == ifindex) scratch_.push_back(a);
  return scratch_;
}

}  // namespace solnet
