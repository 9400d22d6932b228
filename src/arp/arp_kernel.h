// The kernel's IPv4 neighbour table as arp needs it. NetlinkArpKernel talks to
// the real one; FakeArpKernel (tests) holds a model in memory.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "lib/arp/model.h"
#include "lib/common/result.h"

namespace solnet {

class ArpKernel {
 public:
  virtual ~ArpKernel() = default;

  // IPv4 neighbours in kernel order, then proxy entries; of one link, or
  // of every link when ifindex is 0.
  virtual Result<std::vector<Neighbour>> neighbours(int ifindex) = 0;
  // One of the two dumps (regular entries, or proxy entries when `proxy`),
  // each entry handed to `fn` as it arrives (the Neighbour is reused from
  // one call to the next); `restart` when they come again from the first.
  virtual Status each_neighbour(int ifindex, bool proxy, const std::function<void()>& restart,
                                const std::function<void(const Neighbour&)>& fn) = 0;
  // The one entry of an address on a link (a proxy entry when `proxy`).
  virtual Result<std::optional<Neighbour>> get(const InetAddr& addr, int ifindex, bool proxy) = 0;
  // Which links have proxy_arp on.
  virtual Result<ProxyArp> proxy_arp() = 0;

  // Creates the entry or replaces the one with its address and link.
  // Errors carry the kernel's text (KernelError::text()).
  virtual Status set(const Neighbour& n) = 0;
  virtual Status remove(const Neighbour& n) = 0;
  // net.ipv4.conf.IF.proxy_arp
  virtual Status set_proxy_arp(const std::string& ifname, bool on) = 0;
};

}  // namespace solnet
