// The kernel as ifconfig sees and changes it: links and addresses.
// NetlinkKernel talks to the real one; FakeKernel (tests) holds a model in
// memory.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "lib/common/kernel_model.h"
#include "lib/common/kernel_ops.h"
#include "lib/common/result.h"

namespace solnet {

class Kernel {
 public:
  virtual ~Kernel() = default;

  // One link by name; nullopt when there is none.
  virtual Result<std::optional<Link>> link(const std::string& name) = 0;
  // Every link, by index.
  virtual Result<std::vector<Link>> links() = 0;
  // The same with each link's counters; links() skips them, so that
  // displays without counters cost the kernel nothing more.
  virtual Result<std::vector<Link>> links_with_stats() = 0;
  // Addresses in kernel order, of one family (0: both) on one link
  // (0: every link).
  virtual Result<std::vector<Addr>> addrs(int family, int ifindex) = 0;
  // The same, each handed to `fn` as it comes, so that a link's 50,000
  // addresses need not be held; `restart` when they come again from the
  // first. Readers that have a socket of their own for it may read while
  // a dump of another kind is under way (route --json).
  virtual Status each_addr(int family, int ifindex, const std::function<void()>& /*restart*/,
                           const std::function<void(const Addr&)>& fn) {
    auto all = addrs(family, ifindex);
    if (!all) return all.error();
    for (const auto& a : *all) fn(a);
    return {};
  }

  // Changes (ifconfig). A refusal's message is the kernel's own text, with
  // its extended acknowledgement ("Invalid argument: mtu less than device
  // minimum."); callers say what they were doing.
  virtual Status set_link(const LinkChange& change) = 0;
  // A new address with its label, broadcast, peer, flags, lifetimes and
  // metric; an existing one is an error.
  virtual Status add_addr(const Addr& a) = 0;
  // The metric, flags and lifetimes of an existing address.
  virtual Status replace_addr(const Addr& a) = 0;
  virtual Status del_addr(const Addr& a) = 0;

  // Links ifconfig makes and removes (vni). A new link named `name` of
  // `kind` ("dummy", "ifb"), down; false when this kernel has no such kind.
  virtual Result<bool> add_link(const std::string& name, const std::string& kind) = 0;
  virtual Status del_link(int index) = 0;
};

}  // namespace solnet
