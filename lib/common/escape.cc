#include "lib/common/escape.h"

#include <cstdint>
#include <cstring>

namespace solnet {

namespace {

bool plain(unsigned char c) { return c >= 0x20 && c < 0x7f; }

bool shown_as_is(unsigned char c) { return plain(c) || c == '\n' || c == '\t'; }

template <class Keep>
std::string escaped(std::string_view s, Keep keep) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (keep(c)) {
      out += static_cast<char>(c);
    } else if (c == '\\') {
      out += "\\\\";
    } else {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xf];
    }
  }
  return out;
}

}  // namespace

std::string printable(std::string_view s) {
  return escaped(s, [](unsigned char c) { return plain(c) && c != '\\'; });
}

bool is_terminal_safe(std::string_view s) {
  // Eight bytes at a time: a word whose bytes are all printable ASCII (no
  // byte below 0x20 or above 0x7e) needs no closer look; the others, the
  // newline's among them, are looked at byte by byte.
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, s.data() + i, sizeof x);
    const uint64_t below = (x - kOnes * 0x20) & ~x;
    const uint64_t above = (x + kOnes * (0x7f - 0x7e)) | x;
    if (((below | above) & kHigh) == 0) continue;
    for (std::size_t k = i; k < i + 8; ++k)
      if (!shown_as_is(static_cast<unsigned char>(s[k]))) return false;
  }
  for (; i < s.size(); ++i)
    if (!shown_as_is(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

std::string terminal_safe(std::string_view s) {
  // Nearly all output needs nothing: no per-byte appends then.
  return is_terminal_safe(s) ? std::string(s) : escaped(s, shown_as_is);
}

}  // namespace solnet
