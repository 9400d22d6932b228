// An in-memory Kernel for unit tests: links and addresses in vectors, and a
// count of the requests made, so tests can hold the readers to their cost.
#pragma once

#include <algorithm>

#include "kernel.h"

namespace solnet {

class FakeKernel : public Kernel {
 public:
  Result<std::optional<Link>> link(const std::string& name) override {
    ++link_gets;
    for (const auto& l : links_)
      if (l.name == name) return std::optional<Link>(l);
    return std::optional<Link>();
  }

  Result<std::vector<Link>> links() override {
    ++link_dumps;
    return links_;
  }

  Result<std::vector<Addr>> addrs(int family, int ifindex) override {
    ++addr_dumps;
    std::vector<Addr> out;
    for (const auto& a : addrs_)
      if ((family == 0 || a.family == family) && (ifindex == 0 || a.ifindex == ifindex)) out.push_back(a);
    // The kernel dumps IPv4 before IPv6.
    std::stable_sort(out.begin(), out.end(), [](const Addr& x, const Addr& y) { return x.family < y.family; });
    return out;
  }

  std::vector<Link> links_;
  std::vector<Addr> addrs_;
  int link_gets = 0;
  int link_dumps = 0;
  int addr_dumps = 0;
};

}  // namespace solnet
