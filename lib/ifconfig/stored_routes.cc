#include "lib/ifconfig/stored_routes.h"

#include <sys/socket.h>

#include <cstdint>
#include <utility>

#include "lib/ifconfig/store_fields.h"

namespace solnet {

namespace {

// RouteMetrics members by their JSON names.
constexpr std::pair<const char*, std::optional<uint32_t> RouteMetrics::*> kMetrics[] = {
    {"mtu", &RouteMetrics::mtu},           {"advmss", &RouteMetrics::advmss},
    {"window", &RouteMetrics::window},     {"rtt", &RouteMetrics::rtt},
    {"rttvar", &RouteMetrics::rttvar},     {"ssthresh", &RouteMetrics::ssthresh},
    {"hoplimit", &RouteMetrics::hoplimit},
};

// The same and "locks" (null member) in key order, for writing.
constexpr std::pair<const char*, std::optional<uint32_t> RouteMetrics::*> kMetricsByKey[] = {
    {"advmss", &RouteMetrics::advmss}, {"hoplimit", &RouteMetrics::hoplimit}, {"locks", nullptr},
    {"mtu", &RouteMetrics::mtu},       {"rtt", &RouteMetrics::rtt},           {"rttvar", &RouteMetrics::rttvar},
    {"ssthresh", &RouteMetrics::ssthresh}, {"window", &RouteMetrics::window},
};


}  // namespace

void put_stored_routes(IndentedJson& w, const std::vector<Route>& routes) {
  // Members in key order, as nlohmann wrote them.
  w.begin_array();
  for (const auto& r : routes) {
    w.begin_object();
    w.member("dst", r.dst.str());
    w.member("dst_len", r.dst_len);
    w.member("family", r.family == AF_INET6 ? "inet6" : "inet");
    w.member("flags", r.flags);
    if (r.has_gateway()) w.member("gateway", r.gateway.str());
    if (!r.metrics.empty()) {
      w.key("metrics").begin_object();
      for (const auto& [name, member] : kMetricsByKey)
        if (member ? (r.metrics.*member).has_value() : r.metrics.locks != 0)
          w.member(name, member ? *(r.metrics.*member) : r.metrics.locks);
      w.end_object();
    }
    w.member("oif", r.oif);
    if (r.prefsrc) w.member("prefsrc", r.prefsrc->str());
    if (r.priority) w.member("priority", *r.priority);
    w.member("protocol", unsigned{r.protocol});
    w.member("scope", unsigned{r.scope});
    w.member("table", r.table);
    w.member("type", unsigned{r.type});
    w.end_object();
  }
  w.end_array();
}

Route stored_route_from(const JsonTree& j, const std::string& where, std::string& problem) {
  StoreFields f(j, where, problem);
  Route r;
  r.family = f.family("family");
  r.table = static_cast<uint32_t>(f.number("table", 0, UINT32_MAX));
  r.type = static_cast<uint8_t>(f.number("type", 0, UINT8_MAX));
  r.protocol = static_cast<uint8_t>(f.number("protocol", 0, UINT8_MAX));
  r.scope = static_cast<uint8_t>(f.number("scope", 0, UINT8_MAX));
  r.flags = static_cast<uint32_t>(f.number("flags", 0, UINT32_MAX));
  if (auto dst = f.address("dst", r.family, true)) r.dst = *dst;
  r.dst_len = static_cast<int>(f.number("dst_len", 0, r.family == AF_INET6 ? 128 : 32));
  r.oif = static_cast<int>(f.number("oif", 0, INT32_MAX));
  if (auto gateway = f.address("gateway", r.family)) r.gateway = *gateway;
  r.prefsrc = f.address("prefsrc", r.family);
  if (auto v = f.number("priority", 0, UINT32_MAX, UINT64_MAX); v != UINT64_MAX) r.priority = static_cast<uint32_t>(v);
  StoreFields m(f.object("metrics", true), where + " metrics", problem);
  for (const auto& [name, member] : kMetrics)
    if (auto v = m.number(name, 0, UINT32_MAX, UINT64_MAX); v != UINT64_MAX)
      r.metrics.*member = static_cast<uint32_t>(v);
  r.metrics.locks = static_cast<uint32_t>(m.number("locks", 0, UINT32_MAX, 0));
  return r;
}

}  // namespace solnet
