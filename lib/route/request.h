// A route command as parsed from either syntax: what to change, before the
// kernel is asked anything. src/route_resolve turns it into a kernel Route.
#pragma once

#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lib/common/ifname.h"
#include "lib/common/inet_addr.h"
#include "lib/common/route_model.h"

namespace solnet {

enum class RouteSyntax { solaris, nettools };
enum class RouteOp { add, del, change, get };

// How the destination's prefix length is known.
enum class MaskRule {
  given,      // `prefix` is final
  // net-tools -net without a netmask: the prefix of the interface address
  // whose subnet holds the destination, else the classful one, the
  // destination masked with it (what kernels of the IP-alias HOWTO's time
  // did; today's kernels refuse the mask 0 net-tools sends).
  interface,
  // illumos inet_makesubnetmask(): a network number with bits beyond its
  // class takes the mask of an up, preferably not point-to-point,
  // interface on the same classful network, else the classful one.
  subnet,
};

struct RouteRequest {
  RouteSyntax syntax = RouteSyntax::solaris;
  RouteOp op = RouteOp::add;
  int family = AF_INET;
  InetAddr dst;
  int prefix = 0;
  MaskRule mask_rule = MaskRule::given;
  bool mask_given = false;           // /LEN, a netmask or "default" said it (not a class or a host)
  bool host = false;                 // "host" or "net" in result lines (illumos RTF_HOST)
  std::vector<InetAddr> gateways;    // a gateway name's addresses, tried in order; empty: none
  bool interface_route = false;      // Solaris -interface: the gateway is our address on the link
  std::optional<IfName> dev;         // net-tools dev, Solaris -ifp
  std::optional<InetAddr> ifa;       // Solaris -ifa: the interface holding this address
  std::optional<InetAddr> setsrc;    // Solaris -setsrc
  uint8_t type = RTN_UNICAST;        // unreachable for reject, blackhole
  bool static_route = true;          // Solaris RTF_STATIC (protocol static, else boot)
  bool onlink = false;               // net-tools inet6 host routes (its RTF_HOST is RTNH_F_ONLINK)
  std::optional<uint32_t> metric;
  RouteMetrics metrics;
  std::optional<uint32_t> expires;   // Solaris -expire: the route's lifetime in seconds (IPv6 only)
  std::string dest_text;             // the destination as typed, for result lines
  std::string gateway_text;          // the gateway as typed; "" when none
};

}  // namespace solnet
