// IPv4 and IPv6 addresses, prefixes and masks: parsing and formatting.
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "lib/common/result.h"

namespace solnet {

struct InetAddr {
  int family = 0;  // AF_INET, AF_INET6, or 0 for "no address"
  std::array<uint8_t, 16> bytes{};

  static InetAddr from_v4(uint32_t host_order);
  static InetAddr from_bytes(int family, const void* data);

  bool is_v4() const;
  bool is_v6() const;
  std::size_t size() const;           // 4, 16 or 0
  int max_prefix() const;             // 32, 128 or 0
  uint32_t v4() const;                // host byte order; IPv4 only
  bool is_zero() const;
  bool is_v6_link_local() const;
  std::string str() const;            // inet_ntop form

  auto operator<=>(const InetAddr&) const = default;
};

// str() written into a caller's buffer, without allocating: displays
// format an address per row. By hand: inet_ntop sprintf()s each part.
using InetBuf = std::array<char, 46>;  // INET6_ADDRSTRLEN
std::string_view inet_text(const InetAddr& a, InetBuf& buf);

// Numeric address only (no names); family 0 accepts either family.
// IPv4 must be a full dotted quad: "10.1" is refused, as inet_pton does.
std::optional<InetAddr> parse_inet(std::string_view s, int family = 0);

// inet_aton(3): the IPv4 forms the net-tools commands accept, including
// "10" (0.0.0.10), "10.1" (10.0.0.1) and hexadecimal or octal parts; like
// inet_aton it ignores whatever follows a blank ("10.0.0.1 x").
std::optional<InetAddr> parse_inet_aton(std::string_view s);

// The same forms with nothing after them, as getaddrinfo(3) reads a numeric
// host.
std::optional<InetAddr> parse_inet_aton_exact(std::string_view s);

// "ADDR/LEN": the address and the prefix length, checked against the family.
struct AddrPrefix {
  InetAddr addr;
  std::optional<int> prefix;  // absent when no "/LEN" was given
};
Result<AddrPrefix> parse_addr_prefix(std::string_view s, int family = 0);

// Prefix length from a decimal string ("24"), 0..max.
std::optional<int> parse_prefix_len(std::string_view s, int max);

uint32_t prefix_to_mask4(int len);
std::optional<int> mask4_to_prefix(uint32_t mask);  // nullopt if not contiguous
InetAddr prefix_to_mask(int family, int len);

// A netmask word as ifconfig and route take it: "0xffffff00", "255.255.255.0"
// or "/24". Errors say "bad netmask" or "non-contiguous netmask".
Result<int> parse_netmask4(std::string_view s);

// Classful prefix of an IPv4 address (A /8, B /16, C /24, otherwise /32).
int classful_prefix4(uint32_t addr);

// inet_makeaddr(net, 0): a network number (host byte order, as networks(5)
// gives it) shifted into place by its size, so 10 is 10.0.0.0 and 0xac10
// 172.16.0.0; a number wider than 24 bits is already an address (shift 0).
int net_number_shift(uint32_t net);
InetAddr net_number_addr(uint32_t net);

InetAddr network_of(const InetAddr& a, int len);
InetAddr broadcast4_of(const InetAddr& a, int len);

// Hex mask as illumos prints it: "ffffff00" (no 0x, no leading zeros).
std::string hex_mask4(int len);

}  // namespace solnet
