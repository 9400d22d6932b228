#include "lib/ifconfig/json_tree.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <random>
#include <set>
#include <string>

using namespace solnet;
using nlohmann::json;

namespace lib_ifconfig_json_tree_test {

// The tree holds what nlohmann reads from the same text.
bool same(const JsonTree& t, const json& j) {
  switch (t.kind) {
    case JsonTree::Kind::null: return j.is_null();
    case JsonTree::Kind::boolean: return j.is_boolean() && j.get<bool>() == t.boolean;
    case JsonTree::Kind::unsigned_number: return j.is_number_unsigned() && j.get<uint64_t>() == t.unsigned_number;
    case JsonTree::Kind::number: return j.is_number() && !j.is_number_unsigned();
    case JsonTree::Kind::string: return j.is_string() && j.get<std::string>() == t.string;
    case JsonTree::Kind::array:
      if (!j.is_array() || j.size() != t.items.size()) return false;
      for (std::size_t i = 0; i < t.items.size(); ++i)
        if (!same(t.items[i], j[i])) return false;
      return true;
    case JsonTree::Kind::object: {
      if (!j.is_object()) return false;
      std::set<std::string> keys;
      for (const auto& [k, v] : t.members) keys.insert(k);
      if (keys.size() != j.size()) return false;
      for (const auto& k : keys)
        if (!j.contains(k) || !same(*t.find(k), j[k])) return false;
      return true;
    }
  }
  return false;
}

// Both read the text alike: both refuse it, or both take it and agree.
void agree(const std::string& text) {
  CAPTURE(text);
  const json j = json::parse(text, nullptr, false);
  const auto t = parse_json_tree(text);
  REQUIRE(t.has_value() == !j.is_discarded());
  if (t) CHECK(same(*t, j));
}

TEST_CASE("the tree reads what nlohmann reads") {
  for (const char* text :
       {"{}", "[]", " \t\r\n{ } ", "null", "true", "false", "0", "-0", "1", "18446744073709551615",
        "18446744073709551616", "-9223372036854775808", "-9223372036854775809", "1.5", "1e5", "1E+5", "-1e-5",
        "1e400", "-1e400", "01", "1.", ".5", "-", "+1", "1e", "\"\"", "\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
        "\"\\u0041\\u00e9\\u20ac\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83dx\"", "\"\\u12\"",
        "\"\\x\"", "\"\x01\"", "\"\x7f\"", "\"\xc3\xa9\"", "\"\xc3\"", "\"\xc0\x80\"", "\"\xe0\x80\x80\"",
        "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "\"\xf0\x9f\x98\x80\"", "\"\xff\"", "{\"a\":1,\"a\":2}",
        "{\"a\":1,}", "[1,]", "[1 2]", "{\"a\" 1}", "{1:2}", "[", "{", "\"", "nul", "truex", "[] []",
        "{\"a\":[{\"b\":null}],\"c\":{\"d\":[true,false]}}"})
    agree(text);
}

TEST_CASE("the tree reads mangled stores as nlohmann does") {
  const std::string store =
      "{\n \"links\": [\n  {\n   \"flags4\": 0,\n   \"index\": 5,\n   \"lifs\": [\n    {\n     \"address\": "
      "\"2001:db8::1a\",\n     \"family\": \"inet6\",\n     \"installed\": true,\n     \"unit\": 1\n    }\n   ],\n"
      "   \"name\": \"e%01\",\n   \"physical6\": null\n  }\n ],\n \"netns_cookie\": 4096,\n \"version\": 1\n}\n";
  agree(store);
  std::mt19937 rng(17);
  const std::string alphabet = "{}[]\":,.-+eE0123456789 \\u\xc3\xa9tfnl";
  for (int round = 0; round < 3000; ++round) {
    std::string text = store;
    for (int edits = 1 + static_cast<int>(rng() % 3); edits-- > 0;) {
      const std::size_t at = rng() % text.size();
      switch (rng() % 3) {
        case 0: text.erase(at, 1); break;
        case 1: text.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
        default: text[at] = alphabet[rng() % alphabet.size()];
      }
    }
    agree(text);
  }
}

TEST_CASE("nesting deeper than any store is refused, not a crash") {
  CHECK_FALSE(parse_json_tree(std::string(100000, '[')));
  CHECK(parse_json_tree(std::string(kJsonMaxDepth, '[') + std::string(kJsonMaxDepth, ']')));
}

}  // namespace lib_ifconfig_json_tree_test
