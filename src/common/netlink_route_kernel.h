// RouteKernel over rtnetlink: dumps filtered by the kernel (strict
// checking), changes acknowledged with their extended-ack text, and a
// multicast socket for monitor. It is the links-and-addresses Kernel too,
// on the same socket.
#pragma once

#include "src/common/netlink_kernel.h"
#include "src/common/route_kernel.h"

namespace solnet {

class NetlinkRouteKernel : public NetlinkKernel, public RouteKernel {
 public:
  Result<std::vector<Route>> routes(int family, uint32_t table) override;
  Status each_route(int family, uint32_t table, const std::function<void()>& restart,
                    const std::function<void(const Route&)>& fn) override;
  // On a socket of its own, so that addresses may be read during a route dump.
  Status each_addr(int family, int ifindex, const std::function<void()>& restart,
                   const std::function<void(const Addr&)>& fn) override;
  Result<std::optional<Route>> lookup(const InetAddr& dst) override;
  std::optional<KernelError> change(RouteChange how, const Route& r) override;
  Result<std::string> ipv6_route_text() override;
  Status monitor(int family, const std::function<bool(const MonitorEvent&)>& fn) override;

 private:
  LazyNetlink addr_nl_;
};

}  // namespace solnet
