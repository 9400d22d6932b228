// Small builders for links and addresses shared by the unit tests.
#pragma once

#include <linux/if_addr.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <sys/socket.h>

#include <string>

#include "kernel_model.h"

namespace solnet::fixture {

inline InetAddr ip(const char* s) { return *parse_inet(s); }

inline Link ether_link(int index, std::string name, unsigned flags = IFF_UP | IFF_BROADCAST | IFF_RUNNING | IFF_MULTICAST) {
  Link l;
  l.index = index;
  l.name = std::move(name);
  l.flags = flags;
  l.mtu = 1500;
  l.type = ARPHRD_ETHER;
  l.kind = "veth";
  l.hwaddr = {0x02, 0x42, 0xac, 0x11, 0x00, static_cast<uint8_t>(index)};
  l.has_inet6 = true;
  return l;
}

inline Link loopback() {
  Link l;
  l.index = 1;
  l.name = "lo";
  l.flags = IFF_UP | IFF_LOOPBACK | IFF_RUNNING;
  l.mtu = 65536;
  l.type = ARPHRD_LOOPBACK;
  l.hwaddr = HwAddr(6, 0);
  l.has_inet6 = true;
  return l;
}

inline Addr v4(int ifindex, const char* addr, int len, std::string label, bool brd = true) {
  Addr a;
  a.family = AF_INET;
  a.ifindex = ifindex;
  a.local = *parse_inet(addr);
  a.prefixlen = len;
  if (brd) a.broadcast = broadcast4_of(a.local, len);
  a.label = std::move(label);
  a.flags = IFA_F_PERMANENT;
  return a;
}

// The address as the kernel reports a secondary of its subnet.
inline Addr secondary(Addr a) {
  a.flags |= IFA_F_SECONDARY;
  return a;
}

inline Addr v6(int ifindex, const char* addr, int len, uint32_t flags = IFA_F_PERMANENT) {
  Addr a;
  a.family = AF_INET6;
  a.ifindex = ifindex;
  a.local = *parse_inet(addr);
  a.prefixlen = len;
  a.flags = flags;
  return a;
}

}  // namespace solnet::fixture
