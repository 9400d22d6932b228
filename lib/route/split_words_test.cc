#include "lib/route/split_words.h"

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_route_split_words_test {

using V = std::vector<std::string_view>;

TEST_CASE("split_words takes blanks of any kind and number") {
  CHECK(split_words("  a\tbb  c\r") == V{"a", "bb", "c"});
  CHECK(split_words("one") == V{"one"});
  CHECK(split_words("").empty());
  CHECK(split_words(" \t ").empty());
}

TEST_CASE("split_lines keeps empty lines but no empty last one") {
  CHECK(split_lines("a\n\nb\n") == V{"a", "", "b"});
  CHECK(split_lines("a") == V{"a"});
  CHECK(split_lines("").empty());
}

}  // namespace lib_route_split_words_test
