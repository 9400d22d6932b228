#include "lib/route/addr.h"

#include <charconv>

namespace solnet {

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
  out.net = net_number_addr(net);
  const uint32_t addr = out.net.v4();
  if (net == 0) {
    out.prefix = 0;
  } else if (int shift = net_number_shift(net); shift > 0) {
    out.prefix = 32 - shift;
  } else if ((addr & 0x00ffffffu) == 0) {
    out.prefix = 8;
  } else if ((addr & 0x0000ffffu) == 0) {
    out.prefix = 16;
  } else if ((addr & 0x000000ffu) == 0) {
    out.prefix = 24;
  } else {
    out.prefix = classful_prefix4(addr);
    out.needs_subnet = out.prefix < 32;
  }
  // Class E networks are hosts.
  if ((addr & 0xf0000000u) == 0xf0000000u) {
    out.prefix = 32;
    out.needs_subnet = false;
  }
  return out;
}

}  // namespace solnet
