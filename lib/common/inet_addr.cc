#include "lib/common/inet_addr.h"

#include <arpa/inet.h>
#include <sys/socket.h>

#include <charconv>
#include <cstring>

namespace solnet {

InetAddr InetAddr::from_v4(uint32_t host_order) {
  InetAddr a;
  a.family = AF_INET;
  a.bytes[0] = static_cast<uint8_t>(host_order >> 24);
  a.bytes[1] = static_cast<uint8_t>(host_order >> 16);
  a.bytes[2] = static_cast<uint8_t>(host_order >> 8);
  a.bytes[3] = static_cast<uint8_t>(host_order);
  return a;
}

InetAddr InetAddr::from_bytes(int family, const void* data) {
  InetAddr a;
  a.family = family;
  std::memcpy(a.bytes.data(), data, family == AF_INET ? 4 : 16);
  return a;
}

bool InetAddr::is_v4() const { return family == AF_INET; }
bool InetAddr::is_v6() const { return family == AF_INET6; }
std::size_t InetAddr::size() const { return is_v4() ? 4 : is_v6() ? 16 : 0; }
int InetAddr::max_prefix() const { return static_cast<int>(size() * 8); }

uint32_t InetAddr::v4() const {
  return (uint32_t{bytes[0]} << 24) | (uint32_t{bytes[1]} << 16) |
         (uint32_t{bytes[2]} << 8) | uint32_t{bytes[3]};
}

bool InetAddr::is_zero() const {
  for (std::size_t i = 0; i < size(); ++i)
    if (bytes[i] != 0) return false;
  return true;
}

bool InetAddr::is_v6_link_local() const {
  return is_v6() && bytes[0] == 0xfe && (bytes[1] & 0xc0) == 0x80;
}

std::string InetAddr::str() const {
  InetBuf buf;
  return std::string(inet_text(*this, buf));
}

namespace {

char* put_quad(char* p, const uint8_t* b) {
  for (int i = 0; i < 4; ++i) {
    const unsigned o = b[i];
    if (i) *p++ = '.';
    if (o >= 100) *p++ = static_cast<char>('0' + o / 100);
    if (o >= 10) *p++ = static_cast<char>('0' + o / 10 % 10);
    *p++ = static_cast<char>('0' + o % 10);
  }
  return p;
}

// glibc's inet_ntop6 (BIND's): the first longest run of two or more zero
// words is "::"; ::a.b.c.d and ::ffff:a.b.c.d end in a dotted quad.
char* put_v6(char* p, const uint8_t* b) {
  unsigned w[8];
  for (int i = 0; i < 8; ++i) w[i] = unsigned{b[2 * i]} << 8 | b[2 * i + 1];
  int best = -1, best_len = 0;
  for (int i = 0; i < 8;) {
    int j = i;
    while (j < 8 && w[j] == 0) ++j;
    if (j - i > best_len) best = i, best_len = j - i;
    i = j == i ? i + 1 : j;
  }
  if (best_len < 2) best = -1;
  static constexpr char kHex[] = "0123456789abcdef";
  for (int i = 0; i < 8; ++i) {
    if (best != -1 && i >= best && i < best + best_len) {
      if (i == best) *p++ = ':';
      continue;
    }
    if (i) *p++ = ':';
    if (i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff))) return put_quad(p, b + 12);
    bool lead = true;
    for (int shift = 12; shift >= 0; shift -= 4) {
      const unsigned d = w[i] >> shift & 15;
      if (lead && d == 0 && shift) continue;
      lead = false;
      *p++ = kHex[d];
    }
  }
  if (best != -1 && best + best_len == 8) *p++ = ':';
  return p;
}

}  // namespace

std::string_view inet_text(const InetAddr& a, InetBuf& buf) {
  static_assert(sizeof(InetBuf) >= INET6_ADDRSTRLEN);
  char* p = buf.data();
  if (a.family == AF_INET) p = put_quad(p, a.bytes.data());
  else if (a.family == AF_INET6) p = put_v6(p, a.bytes.data());
  return {buf.data(), static_cast<std::size_t>(p - buf.data())};
}

std::optional<InetAddr> parse_inet(std::string_view s, int family) {
  // inet_pton needs a terminated string; longer input cannot be an address.
  char buf[INET6_ADDRSTRLEN];
  if (s.empty() || s.size() >= sizeof buf) return std::nullopt;
  std::memcpy(buf, s.data(), s.size());
  buf[s.size()] = '\0';
  InetAddr a;
  if ((family == 0 || family == AF_INET) && inet_pton(AF_INET, buf, a.bytes.data()) == 1) {
    a.family = AF_INET;
    return a;
  }
  if ((family == 0 || family == AF_INET6) && inet_pton(AF_INET6, buf, a.bytes.data()) == 1) {
    a.family = AF_INET6;
    return a;
  }
  return std::nullopt;
}

namespace {

std::optional<InetAddr> aton(std::string_view s) {
  std::string z(s);
  in_addr a{};
  if (inet_aton(z.c_str(), &a) == 0) return std::nullopt;
  return InetAddr::from_bytes(AF_INET, &a);
}

}  // namespace

std::optional<InetAddr> parse_inet_aton(std::string_view s) {
  if (s.empty() || s.size() > 64) return std::nullopt;
  return aton(s);
}

std::optional<InetAddr> parse_inet_aton_exact(std::string_view s) {
  // inet_aton stops at the first blank; a number has none.
  if (s.find_first_of(" \t\n\v\f\r") != std::string_view::npos) return std::nullopt;
  return aton(s);
}

std::optional<int> parse_prefix_len(std::string_view s, int max) {
  if (s.empty() || s.size() > 3) return std::nullopt;
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < 0 || v > max) return std::nullopt;
  return v;
}

Result<AddrPrefix> parse_addr_prefix(std::string_view s, int family) {
  AddrPrefix out;
  std::string_view a = s;
  std::string_view len;
  if (auto slash = s.find('/'); slash != std::string_view::npos) {
    a = s.substr(0, slash);
    len = s.substr(slash + 1);
  }
  auto addr = parse_inet(a, family);
  if (!addr) return error(std::string(s) + ": bad address");
  out.addr = *addr;
  if (a.size() != s.size()) {
    out.prefix = parse_prefix_len(len, addr->max_prefix());
    if (!out.prefix) return error(std::string(s) + ": bad prefix length");
  }
  return out;
}

uint32_t prefix_to_mask4(int len) {
  return len <= 0 ? 0 : len >= 32 ? 0xffffffffu : ~((1u << (32 - len)) - 1);
}

std::optional<int> mask4_to_prefix(uint32_t mask) {
  int len = 0;
  while (len < 32 && (mask & (0x80000000u >> len))) ++len;
  if (prefix_to_mask4(len) != mask) return std::nullopt;
  return len;
}

InetAddr prefix_to_mask(int family, int len) {
  InetAddr m;
  m.family = family;
  for (std::size_t i = 0; i < m.size(); ++i) {
    int bits = len - static_cast<int>(i) * 8;
    m.bytes[i] = bits >= 8 ? 0xff : bits <= 0 ? 0 : static_cast<uint8_t>(0xff << (8 - bits));
  }
  return m;
}

Result<int> parse_netmask4(std::string_view s) {
  uint32_t mask = 0;
  if (s.size() > 1 && s[0] == '/') {
    auto len = parse_prefix_len(s.substr(1), 32);
    if (!len) return error(std::string(s) + ": bad netmask");
    return *len;
  }
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    auto hex = s.substr(2);
    if (hex.size() > 8) return error(std::string(s) + ": bad netmask");
    auto [p, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), mask, 16);
    if (ec != std::errc() || p != hex.data() + hex.size())
      return error(std::string(s) + ": bad netmask");
  } else {
    auto a = parse_inet(s, AF_INET);
    if (!a) return error(std::string(s) + ": bad netmask");
    mask = a->v4();
  }
  auto len = mask4_to_prefix(mask);
  if (!len) return error(std::string(s) + ": non-contiguous netmask");
  return *len;
}

int classful_prefix4(uint32_t addr) {
  if ((addr & 0x80000000u) == 0) return 8;
  if ((addr & 0xc0000000u) == 0x80000000u) return 16;
  if ((addr & 0xe0000000u) == 0xc0000000u) return 24;
  return 32;
}

int net_number_shift(uint32_t net) {
  if (net < 0x80u) return 24;
  if (net < 0x10000u) return 16;
  if (net < 0x1000000u) return 8;
  return 0;
}

InetAddr net_number_addr(uint32_t net) { return InetAddr::from_v4(net << net_number_shift(net)); }

InetAddr network_of(const InetAddr& a, int len) {
  InetAddr m = prefix_to_mask(a.family, len);
  InetAddr n = a;
  for (std::size_t i = 0; i < a.size(); ++i) n.bytes[i] &= m.bytes[i];
  return n;
}

InetAddr broadcast4_of(const InetAddr& a, int len) {
  return InetAddr::from_v4(a.v4() | ~prefix_to_mask4(len));
}

std::string hex_mask4(int len) {
  char buf[9];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, prefix_to_mask4(len), 16);
  (void)ec;
  return std::string(buf, p);
}

}  // namespace solnet
