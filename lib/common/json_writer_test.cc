#include "lib/common/json_writer.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <random>

namespace lib_common_json_writer_test {

using solnet::JsonWriter;

namespace {

std::string one_string(std::string_view s) {
  std::string out;
  JsonWriter(out).value(s);
  return out;
}

// What nlohmann's serialiser writes for the same string, replacing bad
// UTF-8 as the writer promises to.
std::string reference(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("members, nesting and separators") {
  std::string out;
  JsonWriter w(out);
  w.begin_object().member("a", 1).key("b").begin_array().value(true).null().value("x").end_array();
  w.key("c").begin_object().end_object().member("d", std::optional<int>()).member("e", std::optional<int>(7));
  w.key("f").begin_array().begin_object().member("g", -3).end_object().begin_array().end_array().end_array();
  w.end_object();
  CHECK(out == R"({"a":1,"b":[true,null,"x"],"c":{},"d":null,"e":7,"f":[{"g":-3},[]]})");
  CHECK(nlohmann::json::parse(out)["f"][0]["g"] == -3);
}

TEST_CASE("raw JSON text is spliced in as a value, separators kept") {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("a").raw("[1,{\"b\":2}]").key("c").raw("{}").end_object();
  w.begin_array().raw("1").raw("2").end_array();
  CHECK(out == R"({"a":[1,{"b":2}],"c":{}}[1,2])");
}

TEST_CASE("numbers: integers at their limits, floats shortest and marked") {
  std::string out;
  JsonWriter w(out);
  w.begin_array().value(uint64_t{18446744073709551615u}).value(int64_t{-9223372036854775807 - 1});
  w.value(30.0).value(0.125).value(536870911.875).value(1e-7).value(std::nan("")).end_array();
  CHECK(out == "[18446744073709551615,-9223372036854775808,30.0,0.125,536870911.875,1e-07,null]");
}

TEST_CASE("strings are escaped as nlohmann escapes them") {
  for (std::string s : {std::string(""), std::string("eth0:1"), std::string("q\"b\\s/"), std::string("\b\f\n\r\t\x01\x1f\x7f"),
                        std::string("\0x", 2), std::string("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80")})
    CHECK(one_string(s) == reference(s));
}

TEST_CASE("bytes that are not UTF-8 become U+FFFD exactly as nlohmann replaces them") {
  for (std::string s : {"eth\xff", "\xc3", "\xe0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "\xf0\x9f\x98",
                        "\xc0\xaf", "\x80\x80x", "\xe2\x28\xa1", "a\xf8\x88\x80\x80\x80z"})
    CHECK(one_string(s) == reference(s));
  // Random bytes, weighted towards the bytes UTF-8 sequences are made of.
  std::mt19937 rng(20261205);
  const unsigned char pool[] = {0x00, 0x1f, 0x22, 0x41, 0x5c, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf,
                                0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff};
  for (int n = 0; n < 20000; ++n) {
    std::string s(rng() % 9, '\0');
    for (char& c : s) c = static_cast<char>(pool[rng() % sizeof pool]);
    std::string hex;
    for (unsigned char c : s) hex += "0123456789abcdef"[c >> 4], hex += "0123456789abcdef"[c & 15], hex += ' ';
    REQUIRE_MESSAGE(one_string(s) == reference(s), hex);
  }
}

}  // namespace lib_common_json_writer_test
