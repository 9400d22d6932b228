#include "lib/common/columns.h"

#include <charconv>

namespace solnet {

namespace {

// The decimal digits of v in `buf`; returns their length.
std::size_t digits(char (&buf)[24], int64_t v) {
  return static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, v).ptr - buf);
}

}  // namespace

void append_left(std::string& out, std::string_view s, std::size_t width) {
  out += s;
  if (s.size() < width) out.append(width - s.size(), ' ');
}

void append_left_cut(std::string& out, std::string_view s, std::size_t width, std::size_t max) {
  append_left(out, s.substr(0, max), width);
}

void append_int_left(std::string& out, int64_t v, std::size_t width) {
  char buf[24];
  append_left(out, std::string_view(buf, digits(buf, v)), width);
}

void append_int_right(std::string& out, int64_t v, std::size_t width) {
  char buf[24];
  const std::size_t n = digits(buf, v);
  if (n < width) out.append(width - n, ' ');
  out.append(buf, n);
}

namespace {

// Each octet's digits and their count, made once: a dotted quad is four
// copies.
struct Octets {
  char text[256][4];
  uint8_t len[256];
  constexpr Octets() : text{}, len{} {
    for (int v = 0; v < 256; ++v) {
      int n = 0;
      if (v >= 100) text[v][n++] = static_cast<char>('0' + v / 100);
      if (v >= 10) text[v][n++] = static_cast<char>('0' + v / 10 % 10);
      text[v][n++] = static_cast<char>('0' + v % 10);
      len[v] = static_cast<uint8_t>(n);
    }
  }
};
constexpr Octets kOctets;

}  // namespace

void append_dotted(std::string& out, uint32_t v4) {
  char buf[16];
  char* p = buf;
  for (int shift = 24; shift >= 0; shift -= 8) {
    const uint32_t o = (v4 >> shift) & 0xff;
    for (int i = 0; i < 3; ++i) p[i] = kOctets.text[o][i];
    p += kOctets.len[o];
    *p++ = '.';
  }
  out.append(buf, static_cast<std::size_t>(p - buf - 1));
}

}  // namespace solnet
