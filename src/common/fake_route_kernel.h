// An in-memory RouteKernel for unit tests: a route list with the kernel's
// duplicate rules reduced to destination + metric + table, a log of the
// changes asked for, and refusals to inject.
#pragma once

#include <errno.h>

#include <algorithm>

#include "src/common/route_kernel.h"

namespace solnet {

class FakeRouteKernel : public RouteKernel {
 public:
  Result<std::vector<Route>> routes(int family, uint32_t table) override {
    ++dumps;
    std::vector<Route> out;
    for (const auto& r : routes_)
      if ((family == 0 || r.family == family) && (table == 0 || r.table == table)) out.push_back(r);
    return out;
  }

  Status each_route(int family, uint32_t table, const std::function<void()>&,
                    const std::function<void(const Route&)>& fn) override {
    auto all = routes(family, table);
    for (const auto& r : *all) fn(r);
    return {};
  }

  Result<std::optional<Route>> lookup(const InetAddr& dst) override {
    const Route* best = nullptr;
    for (const auto& r : routes_)
      if (r.family == dst.family && network_of(dst, r.dst_len) == r.dst && (!best || r.dst_len > best->dst_len))
        best = &r;
    return best ? std::optional<Route>(*best) : std::nullopt;
  }

  std::optional<KernelError> change(RouteChange how, const Route& r) override {
    changes.push_back({how, r});
    if (refuse) return refuse;
    auto same_route = [&](const Route& x, const Route& y) {
      return x.family == y.family && x.dst == y.dst && x.dst_len == y.dst_len && x.table == y.table &&
             (how == RouteChange::del ? !y.priority || x.priority == y.priority : x.priority == y.priority);
    };
    auto same = std::find_if(routes_.begin(), routes_.end(), [&](const Route& x) { return same_route(x, r); });
    switch (how) {
      case RouteChange::add_exclusive:
        if (same != routes_.end()) return KernelError{EEXIST, ""};
        routes_.push_back(r);
        return std::nullopt;
      case RouteChange::add:
      case RouteChange::append:
        if (std::any_of(routes_.begin(), routes_.end(), [&](const Route& x) { return same_route(x, r) && x.gateway == r.gateway && x.oif == r.oif; }))
          return KernelError{EEXIST, ""};
        routes_.push_back(r);
        return std::nullopt;
      case RouteChange::replace:
        if (same == routes_.end()) return KernelError{ENOENT, ""};
        *same = r;
        return std::nullopt;
      case RouteChange::del:
        if (same == routes_.end()) return KernelError{ESRCH, ""};
        routes_.erase(same);
        return std::nullopt;
    }
    return std::nullopt;
  }

  Result<std::string> ipv6_route_text() override { return proc_ipv6; }

  // Monitoring is the kernel's multicast; system tests cover it.
  Status monitor(int, const std::function<bool(const MonitorEvent&)>&) override {
    return error("the fake kernel sends no routing messages");
  }

  struct Change {
    RouteChange how;
    Route route;
  };
  std::vector<Route> routes_;
  std::vector<Change> changes;
  std::optional<KernelError> refuse;
  std::string proc_ipv6;
  int dumps = 0;
};

}  // namespace solnet
