#include "lib/route/keyword_walk.h"

#include <doctest/doctest.h>

#include <vector>

using namespace solnet;

namespace lib_route_keyword_walk_test {

namespace {

using V = std::vector<std::string>;

// What the walk saw: each row called with its argument, and the others.
struct Seen {
  std::vector<std::string> calls;
};

struct Row {
  KeywordInfo info;
  Status (*apply)(Seen& s, std::string_view arg);
};

Status note(Seen& s, std::string_view arg) {
  s.calls.push_back("kw(" + std::string(arg) + ")");
  return {};
}

constexpr Row kRows[] = {
    {{"none", Arg::none, "", "h", ArgKind::none, ""}, note},
    {{"req", Arg::required, "X", "h", ArgKind::word, ""}, note},
    {{"opt", Arg::optional, "X", "h", ArgKind::word, ""}, note},
};
static_assert(every_row_has_handler(kRows));

Result<V> walk(V words) {
  Seen s;
  auto find = [](std::string_view w) -> const Row* {
    for (const auto& r : kRows)
      if (r.info.name == w) return &r;
    return nullptr;
  };
  auto other = [&](std::size_t i) -> Status {
    if (words[i] == "bad") return error("bad word");
    s.calls.push_back(words[i]);
    return {};
  };
  auto st = walk_keywords(std::span<const std::string>(words), s, find, other,
                          [](const std::string& k) { return error("no argument for " + k); });
  if (!st) return st.error();
  return s.calls;
}

}  // namespace

TEST_CASE("a row takes exactly the arguments it declares") {
  CHECK(*walk({"none", "a"}) == V{"kw()", "a"});
  CHECK(*walk({"req", "none", "a"}) == V{"kw(none)", "a"});  // a required argument may look like a keyword
  CHECK(*walk({"opt", "a", "b"}) == V{"kw(a)", "b"});
  CHECK(*walk({"opt", "none"}) == V{"kw()", "kw()"});  // an optional one is not a keyword
  CHECK(*walk({"opt"}) == V{"kw()"});
  CHECK(walk({"none", "req"}).error().message == "no argument for req");
  CHECK(walk({"a", "bad", "none"}).error().message == "bad word");
}

}  // namespace lib_route_keyword_walk_test
