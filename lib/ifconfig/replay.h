// Replaying a journal's operations (lib/ifconfig/journal.h) on a kernel
// that may have taken some of them already: an address operation whose
// effect is there is done, judged by the kernel's own rules of identity.
#pragma once

#include <map>
#include <utility>
#include <vector>

#include "lib/common/inet_addr.h"
#include "lib/common/kernel_model.h"
#include "lib/common/kernel_ops.h"

namespace solnet {

class ReplayView {
 public:
  explicit ReplayView(const std::vector<Addr>& addrs);

  // Whether `op` must still be sent. An add is done when the link has the
  // address (IPv4: with that prefix and peer; IPv6: at all, as the kernel
  // refuses a second), a delete or a replace when no address matches what
  // the kernel would match (IPv4: address, prefix, peer and label; IPv6:
  // address and prefix). Operations on links and routes are always sent.
  bool needed(const KernelOp& op) const;
  // The kernel took `op`.
  void done(const KernelOp& op);

 private:
  const Addr* find(const Addr& a, bool as_deleted) const;

  std::map<std::pair<int, InetAddr>, std::vector<Addr>> addrs_;  // by link and local address
};

}  // namespace solnet
