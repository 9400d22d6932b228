// Small builders for links, addresses and routes shared by the unit tests.
#pragma once

#include <linux/if_addr.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <sys/socket.h>

#include <string>

#include "lib/common/fake_names.h"
#include "lib/common/kernel_model.h"
#include "lib/common/route_model.h"

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
