// An address dump's addresses by family and link, without copying them:
// the kernel lists each link's addresses of a family together, so a group
// is one run of the dump, handed out in place. A group that comes apart (a
// dump that raced a change) is gathered into a scratch vector.
#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "lib/common/kernel_model.h"

namespace solnet {

class AddrGroups {
 public:
  explicit AddrGroups(std::span<const Addr> addrs);
  // Valid until the next call: a gathered group lives in the scratch vector.
  std::span<const Addr> of(int family, int ifindex);

 private:
  struct Run {
    std::size_t begin, end;
    bool split;  // more than one run: gather
  };
  static uint64_t key(int family, int ifindex) {
    return uint64_t{static_cast<uint32_t>(family)} << 32 | static_cast<uint32_t>(ifindex);
  }

  std::span<const Addr> addrs_;
  std::unordered_map<uint64_t, Run> runs_;
  std::vector<Addr> scratch_;
};

}  // namespace solnet
