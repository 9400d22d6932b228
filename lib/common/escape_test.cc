#include "lib/common/escape.h"

#include <doctest/doctest.h>

namespace lib_common_escape_test {

using solnet::printable;

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

}  // namespace lib_common_escape_test
