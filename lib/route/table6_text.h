// net-tools' "Kernel IPv6 routing table" (route -A inet6), byte for byte.
// It is a view of /proc/net/ipv6_route, whose Ref column and RTF_* flags
// (H, m ...) netlink does not report, so the rows are that file's lines.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lib/common/inet_addr.h"
#include "lib/common/name_lookup.h"

namespace solnet {

struct Ipv6ProcRow {
  InetAddr dst;
  int dst_len = 0;
  InetAddr nexthop;
  uint32_t metric = 0;
  uint32_t refcnt = 0;
  uint32_t use = 0;
  uint32_t flags = 0;  // RTF_*
  std::string iface;
};

// Lines that do not parse are left out.
std::vector<Ipv6ProcRow> parse_ipv6_route(std::string_view text);

std::string render_inet6_table(const std::vector<Ipv6ProcRow>& rows, bool numeric, NameLookup& names);

}  // namespace solnet
