// Builders for arp's unit tests: entries and neighbours.
#pragma once

#include <linux/neighbour.h>
#include <net/if_arp.h>
#include <sys/socket.h>

#include "lib/arp/model.h"
#include "lib/common/test_fixtures.h"

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

}  // namespace solnet::fixture
