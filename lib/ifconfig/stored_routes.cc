#include "lib/ifconfig/stored_routes.h"

#include <sys/socket.h>

#include <cstdint>
#include <utility>

#include "lib/ifconfig/store_fields.h"

namespace solnet {

using nlohmann::json;

namespace {

// RouteMetrics members by their JSON names.
constexpr std::pair<const char*, std::optional<uint32_t> RouteMetrics::*> kMetrics[] = {
    {"mtu", &RouteMetrics::mtu},           {"advmss", &RouteMetrics::advmss},
    {"window", &RouteMetrics::window},     {"rtt", &RouteMetrics::rtt},
    {"rttvar", &RouteMetrics::rttvar},     {"ssthresh", &RouteMetrics::ssthresh},
    {"hoplimit", &RouteMetrics::hoplimit},
};


}  // namespace

json stored_routes_json(const std::vector<Route>& routes) {
  json out = json::array();
  for (const auto& r : routes) {
    json j = {{"family", r.family == AF_INET6 ? "inet6" : "inet"},
              {"table", r.table},
              {"type", r.type},
              {"protocol", r.protocol},
              {"scope", r.scope},
              {"flags", r.flags},
              {"dst", r.dst.str()},
              {"dst_len", r.dst_len},
              {"oif", r.oif}};
    if (r.has_gateway()) j["gateway"] = r.gateway.str();
    if (r.prefsrc) j["prefsrc"] = r.prefsrc->str();
    if (r.priority) j["priority"] = *r.priority;
    json m = json::object();
    for (const auto& [name, member] : kMetrics)
      if (r.metrics.*member) m[name] = *(r.metrics.*member);
    if (r.metrics.locks) m["locks"] = r.metrics.locks;
    if (!m.empty()) j["metrics"] = std::move(m);
    out.push_back(std::move(j));
  }
  return out;
}

Route stored_route_from(const json& j, const std::string& where, std::string& problem) {
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
