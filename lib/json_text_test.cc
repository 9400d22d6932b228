#include "json_text.h"

#include <doctest/doctest.h>

using solnet::json_text;

TEST_CASE("json_text is one line and survives bytes that are not UTF-8") {
  nlohmann::json j = {{"name", "eth\xff"}, {"n", 1}};
  auto s = json_text(j);
  CHECK(s.back() == '\n');
  CHECK(s.find('\n') == s.size() - 1);
  auto back = nlohmann::json::parse(s);
  CHECK(back["name"] == "eth\xef\xbf\xbd");
}
