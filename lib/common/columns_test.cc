#include "lib/common/columns.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <random>

using namespace solnet;

namespace lib_common_columns_test {

std::string printed(const char* fmt, long long v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

TEST_CASE("columns are printf's") {
  std::mt19937 rng(17);
  const long long extremes[] = {0, -1, 1, 2147483647LL, -2147483648LL, 99999, -99999};
  for (int i = 0; i < 2000; ++i) {
    const long long v = i < 7 ? extremes[i] : static_cast<int>(rng()) >> (rng() % 31);
    std::string l, r;
    append_int_left(l, v, 6);
    append_int_right(r, v, 7);
    CHECK(l == printed("%-6lld", v));
    CHECK(r == printed("%7lld", v));
  }
  std::string s;
  append_left(s, "eth0", 6);
  append_left_cut(s, "verylongname", 6, 6);
  append_left(s, "toolong", 3);
  CHECK(s == "eth0  verylotoolong");
}

TEST_CASE("dotted quads") {
  std::string s;
  append_dotted(s, 0);
  s += ' ';
  append_dotted(s, 0xffffffffu);
  s += ' ';
  append_dotted(s, 0x0a00fe01u);
  CHECK(s == "0.0.0.0 255.255.255.255 10.0.254.1");
}

}  // namespace lib_common_columns_test
