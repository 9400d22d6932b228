#include "route_addr.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <charconv>
#include <string>

namespace solnet {

std::optional<InetAddr> parse_inet_aton(std::string_view s) {
  if (s.empty() || s.size() > 64) return std::nullopt;
  std::string z(s);
  in_addr a{};
  if (inet_aton(z.c_str(), &a) == 0) return std::nullopt;
  return InetAddr::from_bytes(AF_INET, &a);
}

std::optional<uint32_t> parse_u32(std::string_view s) {
  uint32_t v = 0;
  if (s.empty() || s[0] == '+' || s[0] == '-') return std::nullopt;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v, 10);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

uint32_t host_part_of_class(uint32_t addr) {
  if ((addr & 0x80000000u) == 0) return addr & 0x00ffffffu;
  if ((addr & 0xc0000000u) == 0x80000000u) return addr & 0x0000ffffu;
  return addr & 0x000000ffu;
}

NetAndMask solaris_net_and_mask(uint32_t net) {
  NetAndMask out;
  uint32_t addr = 0;
  if (net == 0) {
    out.prefix = 0;
  } else if (net < 128) {
    addr = net << 24;
    out.prefix = 8;
  } else if (net < 65536) {
    addr = net << 16;
    out.prefix = 16;
  } else if (net < 16777216) {
    addr = net << 8;
    out.prefix = 24;
  } else {
    addr = net;
    if ((addr & 0x00ffffffu) == 0) out.prefix = 8;
    else if ((addr & 0x0000ffffu) == 0) out.prefix = 16;
    else if ((addr & 0x000000ffu) == 0) out.prefix = 24;
    else {
      out.prefix = classful_prefix4(addr);
      out.needs_subnet = out.prefix < 32;
    }
  }
  // Class E networks are hosts.
  if ((addr & 0xf0000000u) == 0xf0000000u) {
    out.prefix = 32;
    out.needs_subnet = false;
  }
  out.net = InetAddr::from_v4(addr);
  return out;
}

}  // namespace solnet
