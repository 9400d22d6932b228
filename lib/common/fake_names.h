// A NameLookup answering from tables, for tests, counting the questions.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lib/common/name_lookup.h"

namespace solnet::fixture {

class FakeNames : public NameLookup {
 public:
  std::optional<std::string> host_name(const InetAddr& addr) override {
    ++lookups;
    ++reverse_lookups;
    auto it = hosts.find(addr.str());
    if (it == hosts.end()) return std::nullopt;
    return it->second;
  }
  std::optional<std::string> net_name(uint32_t net) override {
    ++lookups;
    auto it = nets.find(net);
    if (it == nets.end()) return std::nullopt;
    return it->second;
  }
  std::vector<InetAddr> host_addrs(std::string_view name, int family) override {
    ++lookups;
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
    ++lookups;
    for (const auto& [n, s] : nets)
      if (s == name) return n;
    return std::nullopt;
  }
  std::string local_domain() override { return domain; }

  std::map<std::string, std::string> hosts;  // address (IPv4 or IPv6) -> name
  std::map<uint32_t, std::string> nets;      // network number -> name
  std::map<std::string, std::vector<std::string>> more_addrs;  // further addresses of a name
  std::string domain;
  int lookups = 0;          // every question about a name or an address
  int reverse_lookups = 0;  // host_name() questions
};

}  // namespace solnet::fixture
