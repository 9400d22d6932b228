// The kernel's routing tables as route sees them. NetlinkRouteKernel talks
// to the real one; FakeRouteKernel (tests) keeps routes in memory.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "lib/common/result.h"
#include "lib/common/route_model.h"
#include "src/common/netlink.h"

namespace solnet {

// How a change treats an existing route (netlink's NLM_F_* semantics).
enum class RouteChange {
  add,            // NLM_F_CREATE: refused only for an identical route; goes first (what SIOCADDRT does)
  add_exclusive,  // NLM_F_CREATE|NLM_F_EXCL: refused for any route to the same destination and metric
  append,         // NLM_F_CREATE|NLM_F_APPEND: refused only for an identical route; goes after the
                  // others to the same destination and metric
  replace,        // NLM_F_REPLACE: the route to the same destination and metric must exist
  del,
};

class RouteKernel {
 public:
  virtual ~RouteKernel() = default;

  // Routes of one family (0: both) in one table (0: every table), in the
  // kernel's order; names of interfaces are not filled in.
  virtual Result<std::vector<Route>> routes(int family, uint32_t table) = 0;
  // The same, each handed to `fn` as the dump arrives (the Route is reused
  // from one call to the next); `restart` when they come again from the
  // first.
  virtual Status each_route(int family, uint32_t table, const std::function<void()>& restart,
                            const std::function<void(const Route&)>& fn) = 0;
  // The table entry a packet to `dst` would use (RTM_F_FIB_MATCH);
  // nullopt when there is none.
  virtual Result<std::optional<Route>> lookup(const InetAddr& dst) = 0;
  // The kernel's refusal, if any.
  virtual std::optional<KernelError> change(RouteChange how, const Route& r) = 0;
  // The text of /proc/net/ipv6_route (net-tools' IPv6 table).
  virtual Result<std::string> ipv6_route_text() = 0;
  // Hands every routing message of `family` (0: all) to `fn` until it
  // returns false or reading fails.
  virtual Status monitor(int family, const std::function<bool(const MonitorEvent&)>& fn) = 0;
};

}  // namespace solnet
