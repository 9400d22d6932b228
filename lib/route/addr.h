// Address words as route(8) and route(1M) read them.
#pragma once

#include <optional>
#include <string_view>

#include "lib/common/inet_addr.h"

namespace solnet {

// A decimal number that fits 32 bits, nothing else.
std::optional<uint32_t> parse_u32(std::string_view s);

// inet_network(3): one to four parts separated by dots, each decimal,
// octal (leading 0) or hex (0x), each at most 255, packed right-aligned:
// "128.32" is 0x8020, "10" is 10 (a network number, host byte order).
std::optional<uint32_t> parse_inet_network(std::string_view s);

// illumos inet_makenetandmask(): the network and prefix of a network
// number (host byte order: "10" from networks(5) is 10, an address is the
// whole value). needs_subnet: the number has bits beyond its class, so the
// prefix (provisionally the classful one) comes from inet_makesubnetmask()
// (MaskRule::subnet).
struct NetAndMask {
  InetAddr net;
  int prefix = 0;
  bool needs_subnet = false;
};
NetAndMask solaris_net_and_mask(uint32_t net);

// inet_lnaof(3): the host part of an address under its class.
uint32_t host_part_of_class(uint32_t addr);

}  // namespace solnet
