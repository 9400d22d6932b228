#include "lib/common/ether_addr.h"

#include <cstdio>

namespace solnet {

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<HwAddr> parse_ether(std::string_view s) {
  if (s.empty()) return std::nullopt;
  const char sep = s.find('-') != std::string_view::npos ? '-' : ':';
  HwAddr out;
  std::size_t i = 0;
  while (true) {
    int v = 0, digits = 0;
    for (; i < s.size() && s[i] != sep; ++i, ++digits) {
      int h = hexval(s[i]);
      if (h < 0 || digits == 2) return std::nullopt;
      v = v * 16 + h;
    }
    if (digits == 0) return std::nullopt;
    out.push_back(static_cast<uint8_t>(v));
    if (i == s.size()) break;
    ++i;  // separator
  }
  if (out.size() != 6) return std::nullopt;
  return out;
}

static std::string join_octets(const HwAddr& a, const char* fmt) {
  std::string s;
  char buf[4];
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (i) s += ':';
    std::snprintf(buf, sizeof buf, fmt, a[i]);
    s += buf;
  }
  return s;
}

std::string ether_solaris(const HwAddr& a) { return join_octets(a, "%x"); }

std::string ether_colon(const HwAddr& a) {
  std::string s;
  append_ether_colon(s, a);
  return s;
}

void append_ether_colon(std::string& out, const HwAddr& a) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (i) out += ':';
    out += kHex[a[i] >> 4];
    out += kHex[a[i] & 15];
  }
}

bool is_multicast_ether(const HwAddr& a) { return !a.empty() && (a[0] & 1); }

bool is_zero_ether(const HwAddr& a) {
  for (auto b : a)
    if (b) return false;
  return true;
}

}  // namespace solnet
