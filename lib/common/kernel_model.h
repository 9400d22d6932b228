// Kernel facts as the netlink reader delivers them: links and addresses.
// Plain data, no behaviour; everything else is derived from these.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "lib/common/ether_addr.h"
#include "lib/common/inet_addr.h"

namespace solnet {

// A link's counters (IFLA_STATS64), read only when a display asks for them.
struct LinkStats {
  uint64_t rx_packets = 0, tx_packets = 0;
  uint64_t rx_bytes = 0, tx_bytes = 0;
  uint64_t rx_errors = 0, tx_errors = 0;
  uint64_t rx_dropped = 0, tx_dropped = 0;
  uint64_t rx_fifo_errors = 0, tx_fifo_errors = 0;  // net-tools' RX-OVR/TX-OVR
  uint64_t multicast = 0, collisions = 0;
};

struct Link {
  int index = 0;
  std::string name;
  unsigned flags = 0;      // IFF_* as the kernel reports them (incl. RUNNING)
  unsigned mtu = 0;
  unsigned min_mtu = 0, max_mtu = 0;  // IFLA_MIN_MTU, IFLA_MAX_MTU; 0 when not told
  unsigned short type = 0; // ARPHRD_*
  std::string kind;        // IFLA_INFO_KIND ("veth", "bridge", ...), "" if none
  HwAddr hwaddr;
  unsigned txqlen = 0;
  int master = 0;
  bool has_inet6 = false;  // the kernel keeps IPv6 state for the link
  bool ipv6_disabled = false;
  unsigned ipv6_mtu = 0;   // 0 when unknown
  bool forwarding4 = false;
  bool forwarding6 = false;
  InetAddr ipv6_token;     // IFLA_INET6_TOKEN: "::ID" (zero: none)
  bool ipv6_keep_addrs = false;  // keep_addr_on_down > 0: a down link keeps its IPv6 addresses
  std::optional<LinkStats> stats;  // only from Kernel::links_with_stats()
};

struct Addr {
  int family = 0;
  int ifindex = 0;
  InetAddr local;               // IFA_LOCAL (or IFA_ADDRESS when alone)
  std::optional<InetAddr> peer; // IFA_ADDRESS when it differs from IFA_LOCAL
  int prefixlen = 0;
  std::optional<InetAddr> broadcast;
  std::string label;            // IPv4 only
  uint32_t flags = 0;           // IFA_F_*
  uint8_t scope = 0;
  uint32_t metric = 0;          // IFA_RT_PRIORITY
  uint32_t valid_lft = 0xffffffffu;
  uint32_t preferred_lft = 0xffffffffu;
};

}  // namespace solnet
