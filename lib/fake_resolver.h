// A NameResolver over two maps, for tests.
#pragma once

#include <map>
#include <string>

#include "name_resolver.h"

namespace solnet {

class FakeResolver : public NameResolver {
 public:
  std::optional<InetAddr> host4(const std::string& name) override {
    ++lookups;
    auto it = hosts.find(name);
    if (it == hosts.end()) return std::nullopt;
    return parse_inet(it->second);
  }
  std::optional<InetAddr> network4(const std::string& name) override {
    ++lookups;
    auto it = networks.find(name);
    if (it == networks.end()) return std::nullopt;
    return parse_inet(it->second);
  }

  std::optional<InetAddr> host6(const std::string& name) override {
    ++lookups;
    auto it = hosts6.find(name);
    if (it == hosts6.end()) return std::nullopt;
    return parse_inet(it->second);
  }

  std::map<std::string, std::string> hosts;
  std::map<std::string, std::string> hosts6;
  std::map<std::string, std::string> networks;
  int lookups = 0;
};

}  // namespace solnet
