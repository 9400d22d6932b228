#include "lib/common/escape.h"

#include <algorithm>

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
  return std::all_of(s.begin(), s.end(), [](char c) { return shown_as_is(static_cast<unsigned char>(c)); });
}

std::string terminal_safe(std::string_view s) {
  // Nearly all output needs nothing: no per-byte appends then.
  return is_terminal_safe(s) ? std::string(s) : escaped(s, shown_as_is);
}

}  // namespace solnet
