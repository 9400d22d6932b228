// Test doubles for route's unit tests: a name service with fixed answers,
// and route builders.
#pragma once

#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include <map>
#include <string>

#include "name_lookup.h"
#include "route_model.h"

namespace solnet::fixture {

class FakeNames : public NameLookup {
 public:
  std::optional<std::string> host_name(const InetAddr& addr) override {
    ++host_lookups;
    auto it = hosts.find(addr.str());
    if (it == hosts.end()) return std::nullopt;
    return it->second;
  }
  std::optional<std::string> net_name(uint32_t net) override {
    auto it = nets.find(net);
    if (it == nets.end()) return std::nullopt;
    return it->second;
  }
  std::vector<InetAddr> host_addrs(std::string_view name, int family) override {
    std::vector<InetAddr> out;
    for (const auto& [addr, n] : hosts)
      if (n == name)
        if (auto a = parse_inet(addr, family)) out.push_back(*a);
    auto extra = more_addrs.find(std::string(name));
    if (extra != more_addrs.end())
      for (const auto& s : extra->second)
        if (auto a = parse_inet(s, family)) out.push_back(*a);
    return out;
  }
  std::optional<uint32_t> net_number(std::string_view name) override {
    for (const auto& [n, s] : nets)
      if (s == name) return n;
    return std::nullopt;
  }
  std::string local_domain() override { return domain; }

  std::map<std::string, std::string> hosts;  // address -> name
  std::map<uint32_t, std::string> nets;      // network number -> name
  std::map<std::string, std::vector<std::string>> more_addrs;  // further addresses of a name
  std::string domain;
  int host_lookups = 0;
};

inline Route route4(const char* dst, int len, const char* gw = nullptr, int oif = 2, std::string ifname = "eth0") {
  Route r;
  r.family = AF_INET;
  r.dst = *parse_inet(dst);
  r.dst_len = len;
  if (gw) r.gateway = *parse_inet(gw);
  r.oif = oif;
  r.ifname = std::move(ifname);
  r.protocol = RTPROT_BOOT;
  r.scope = gw ? RT_SCOPE_UNIVERSE : RT_SCOPE_LINK;
  return r;
}

// The prefix route the kernel makes for an address: protocol kernel, the
// address as preferred source.
inline Route prefix_route4(const char* dst, int len, int oif, const char* src) {
  Route r = route4(dst, len, nullptr, oif, "");
  r.protocol = RTPROT_KERNEL;
  r.prefsrc = *parse_inet(src);
  return r;
}

}  // namespace solnet::fixture
