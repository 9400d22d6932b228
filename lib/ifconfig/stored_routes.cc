#include "lib/ifconfig/stored_routes.h"

#include <sys/socket.h>

#include <utility>

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

std::optional<InetAddr> addr(const json& j, const char* key, int family) {
  if (!j.contains(key)) return std::nullopt;
  return parse_inet(j.at(key).get<std::string>(), family);
}

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

std::vector<Route> stored_routes_from(const json& j) {
  std::vector<Route> out;
  for (const auto& jr : j) {
    Route r;
    r.family = jr.at("family").get<std::string>() == "inet6" ? AF_INET6 : AF_INET;
    r.table = jr.at("table").get<uint32_t>();
    r.type = jr.at("type").get<uint8_t>();
    r.protocol = jr.at("protocol").get<uint8_t>();
    r.scope = jr.at("scope").get<uint8_t>();
    r.flags = jr.at("flags").get<uint32_t>();
    r.dst_len = jr.at("dst_len").get<int>();
    r.oif = jr.at("oif").get<int>();
    auto dst = addr(jr, "dst", r.family);
    auto gateway = addr(jr, "gateway", r.family);
    r.prefsrc = addr(jr, "prefsrc", r.family);
    if (!dst || r.dst_len < 0 || r.dst_len > dst->max_prefix() || (jr.contains("gateway") && !gateway) ||
        (jr.contains("prefsrc") && !r.prefsrc))
      continue;
    r.dst = *dst;
    if (gateway) r.gateway = *gateway;
    if (jr.contains("priority")) r.priority = jr.at("priority").get<uint32_t>();
    const json m = jr.value("metrics", json::object());
    for (const auto& [name, member] : kMetrics)
      if (m.contains(name)) r.metrics.*member = m.at(name).get<uint32_t>();
    r.metrics.locks = m.value("locks", 0u);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace solnet
