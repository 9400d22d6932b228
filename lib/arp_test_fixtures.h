// Builders for arp's unit tests: entries, neighbours and a resolver that
// answers from a table.
#pragma once

#include <linux/neighbour.h>
#include <net/if_arp.h>
#include <sys/socket.h>

#include <map>
#include <string>

#include "arp_model.h"
#include "arp_resolver.h"
#include "test_fixtures.h"

namespace solnet::fixture {

inline Neighbour neigh(const char* addr, int ifindex, HwAddr mac, uint16_t state) {
  Neighbour n;
  n.addr = ip(addr);
  n.ifindex = ifindex;
  n.lladdr = std::move(mac);
  n.state = state;
  return n;
}

inline Neighbour proxy(const char* addr, int ifindex) {
  Neighbour n;
  n.addr = ip(addr);
  n.ifindex = ifindex;
  n.proxy = true;
  return n;
}

inline ArpEntry entry(const char* addr, const char* ifname, HwAddr mac, uint16_t state) {
  ArpEntry e;
  e.addr = ip(addr);
  e.ifname = ifname;
  e.hwtype = ARPHRD_ETHER;
  e.lladdr = std::move(mac);
  e.state = state;
  return e;
}

inline HwAddr mac(uint8_t last) { return {0x02, 0, 0, 0, 0, last}; }

class TableResolver : public HostResolver {
 public:
  std::optional<InetAddr> address_of(const std::string& name) override {
    for (const auto& [a, n] : names)
      if (n == name) return ip(a.c_str());
    return std::nullopt;
  }
  std::optional<std::string> name_of(const InetAddr& a) override {
    ++reverse_lookups;
    auto it = names.find(a.str());
    if (it == names.end()) return std::nullopt;
    return it->second;
  }
  std::string local_domain() override { return domain; }

  std::map<std::string, std::string> names;  // address -> name
  std::string domain;
  int reverse_lookups = 0;
};

}  // namespace solnet::fixture
