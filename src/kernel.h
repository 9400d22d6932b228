// The kernel as ifconfig sees it: links and addresses. NetlinkKernel talks
// to the real one; FakeKernel (tests) holds a model in memory.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kernel_model.h"
#include "result.h"

namespace solnet {

class Kernel {
 public:
  virtual ~Kernel() = default;

  // One link by name; nullopt when there is none.
  virtual Result<std::optional<Link>> link(const std::string& name) = 0;
  // Every link, by index.
  virtual Result<std::vector<Link>> links() = 0;
  // Addresses in kernel order, of one family (0: both) on one link
  // (0: every link).
  virtual Result<std::vector<Addr>> addrs(int family, int ifindex) = 0;
};

}  // namespace solnet
