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

namespace {

// One part of an inet_network() word: its value and where it stops.
std::optional<uint32_t> network_part(std::string_view& s) {
  int base = 10;
  bool digits = false;
  if (s.starts_with('0')) {
    base = 8;
    digits = true;
    s.remove_prefix(1);
    if (s.starts_with('x') || s.starts_with('X')) {
      base = 16;
      digits = false;
      s.remove_prefix(1);
    }
  }
  uint32_t v = 0;
  while (!s.empty() && s[0] != '.') {
    int d = -1;
    const char c = s[0];
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    if (d < 0 || d >= base) return std::nullopt;
    v = v * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
    if (v > 0xff) return std::nullopt;
    digits = true;
    s.remove_prefix(1);
  }
  if (!digits) return std::nullopt;
  return v;
}

}  // namespace

std::optional<uint32_t> parse_inet_network(std::string_view s) {
  uint32_t v = 0;
  for (int parts = 1;; ++parts) {
    auto part = network_part(s);
    if (!part || parts > 4) return std::nullopt;
    v = (v << 8) | *part;
    if (s.empty()) return v;
    s.remove_prefix(1);  // the dot
  }
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
