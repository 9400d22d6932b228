// ArpKernel over rtnetlink; proxy_arp is written through
// /proc/sys/net/ipv4/conf, which shows the caller's network namespace.
#pragma once

#include <optional>

#include "src/arp/arp_kernel.h"
#include "src/common/netlink.h"

namespace solnet {

class NetlinkArpKernel : public ArpKernel {
 public:
  Result<std::vector<Neighbour>> neighbours(int ifindex) override;
  Status each_neighbour(int ifindex, bool proxy, const std::function<void()>& restart,
                        const std::function<void(const Neighbour&)>& fn) override;
  Result<std::optional<Neighbour>> get(const InetAddr& addr, int ifindex, bool proxy) override;
  Result<ProxyArp> proxy_arp() override;
  Status set(const Neighbour& n) override;
  Status remove(const Neighbour& n) override;
  Status set_proxy_arp(const std::string& ifname, bool on) override;

 private:
  LazyNetlink nl_;
};

}  // namespace solnet
