// Route builders for route's unit tests, and their name service with fixed
// answers.
#pragma once

#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include <string>

#include "fake_names.h"
#include "route_model.h"

namespace solnet::fixture {

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
