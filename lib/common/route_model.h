// Routes as the kernel holds them (RTM_NEWROUTE), the one model that the
// readers fill, the renderers print and the writers send. Plain data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lib/common/inet_addr.h"
#include "lib/common/kernel_model.h"

namespace solnet {

// RTA_METRICS members that route(8) and route(1M) know about; absent ones
// are unset in the kernel.
struct RouteMetrics {
  std::optional<uint32_t> mtu;       // RTAX_MTU
  std::optional<uint32_t> advmss;    // RTAX_ADVMSS (net-tools "mss" minus 40)
  std::optional<uint32_t> window;    // RTAX_WINDOW
  std::optional<uint32_t> rtt;       // RTAX_RTT, in 1/8 ms
  std::optional<uint32_t> rttvar;    // RTAX_RTTVAR, in 1/4 ms
  std::optional<uint32_t> ssthresh;  // RTAX_SSTHRESH
  std::optional<uint32_t> hoplimit;  // RTAX_HOPLIMIT
  uint32_t locks = 0;                // RTAX_LOCK: bit (1 << RTAX_x) per locked metric

  bool empty() const { return !mtu && !advmss && !window && !rtt && !rttvar && !ssthresh && !hoplimit && !locks; }
  bool operator==(const RouteMetrics&) const = default;
};

struct Nexthop {
  InetAddr gateway;   // family 0: directly connected
  int oif = 0;
  std::string ifname; // filled by readers that know the links
  bool operator==(const Nexthop&) const = default;
};

struct Route {
  int family = 0;
  uint32_t table = 254;       // RT_TABLE_MAIN
  uint8_t type = 1;           // RTN_UNICAST
  uint8_t protocol = 0;       // RTPROT_*
  uint8_t scope = 0;          // RT_SCOPE_*
  uint32_t flags = 0;         // rtm_flags (RTNH_F_ONLINK ...)
  InetAddr dst;               // the network (family set even for default)
  int dst_len = 0;
  InetAddr gateway;           // first nexthop's; family 0 when none
  int oif = 0;                // first nexthop's; 0 when none
  std::string ifname;         // name of oif, filled by readers that know the links
  std::optional<InetAddr> prefsrc;
  std::optional<uint32_t> priority;  // RTA_PRIORITY: absent means 0 (IPv4) or the default (IPv6)
  RouteMetrics metrics;
  std::optional<uint32_t> expires;   // seconds left (IPv6)
  std::vector<Nexthop> multipath;    // every nexthop of a multipath route, first included

  uint32_t metric() const { return priority.value_or(0); }
  bool has_gateway() const { return gateway.family != 0; }
  bool is_host() const { return dst_len == dst.max_prefix(); }
  bool operator==(const Route&) const = default;
};

// A message of the kernel's routing notifications, as `route monitor`
// prints it.
struct MonitorEvent {
  enum class Kind { route_add, route_change, route_delete, addr_add, addr_delete, link, overrun };
  Kind kind = Kind::route_add;
  uint32_t len = 0;  // nlmsg_len
  uint32_t pid = 0;  // nlmsg_pid: the port of the process that asked for the change
  uint32_t seq = 0;  // nlmsg_seq
  Route route;       // route kinds (ifname filled)
  Addr addr;         // address kinds
  std::string addr_ifname;  // the address's logical interface: its label, else the link's name
  Link link;         // link kind
  bool request = false;  // a request route -v shows, not yet DONE by the kernel
};

}  // namespace solnet
