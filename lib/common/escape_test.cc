#include "lib/common/escape.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>

namespace lib_common_escape_test {

using solnet::printable;
using solnet::is_terminal_safe;
using solnet::terminal_safe;

TEST_CASE("printable leaves ordinary words alone") {
  CHECK(printable("eth0:1") == "eth0:1");
  CHECK(printable("") == "");
}

TEST_CASE("printable escapes control bytes, backslash and non-ASCII") {
  CHECK(printable(std::string_view("a\nb", 3)) == "a\\x0ab");
  CHECK(printable(std::string_view("\0", 1)) == "\\x00");
  CHECK(printable("\x1b[31m") == "\\x1b[31m");
  CHECK(printable("a\\b") == "a\\\\b");
  CHECK(printable("\xc3\xa9") == "\\xc3\\xa9");
}

TEST_CASE("terminal_safe keeps lines, tabs and backslashes, and escapes every other unprintable byte") {
  CHECK(terminal_safe("eth0: flags=1000843\n\tinet 10.0.0.1\n") == "eth0: flags=1000843\n\tinet 10.0.0.1\n");
  CHECK(terminal_safe("e\x1b[31m: flags") == "e\\x1b[31m: flags");
  CHECK(terminal_safe("a\rb\x7f") == "a\\x0db\\x7f");
  CHECK(terminal_safe("\xc3\xa9") == "\\xc3\\xa9");
  CHECK(terminal_safe(std::string_view("\0", 1)) == "\\x00");
}

TEST_CASE("is_terminal_safe reads words as it reads bytes, on generated text") {
  std::mt19937 rng(17);
  for (int i = 0; i < 20000; ++i) {
    std::string s(rng() % 40, 'a');
    for (auto& c : s) c = static_cast<char>(rng() % 3 ? 0x20 + rng() % 0x5f : rng() % 256);
    const bool bytewise = std::all_of(s.begin(), s.end(), [](char c) {
      const auto u = static_cast<unsigned char>(c);
      return (u >= 0x20 && u < 0x7f) || u == '\n' || u == '\t';
    });
    INFO(solnet::printable(s));
    CHECK(is_terminal_safe(s) == bytewise);
  }
}

TEST_CASE("is_terminal_safe says whether terminal_safe changes anything") {
  CHECK(is_terminal_safe("eth0: flags=1000843\n\tinet 10.0.0.1\n"));
  CHECK(is_terminal_safe("a\\b"));
  CHECK_FALSE(is_terminal_safe("e\x1b[31m"));
  CHECK_FALSE(is_terminal_safe("\xc3\xa9"));
}

TEST_CASE("terminal_safe leaves what printable made alone") {
  for (std::string_view s : {"a\\b", "e\x1b[31m", "\xff\x00\n"}) {
    const std::string once = printable(s);
    CHECK(terminal_safe(once) == once);
  }
}

}  // namespace lib_common_escape_test
