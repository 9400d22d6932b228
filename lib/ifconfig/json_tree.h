// JSON text read into a small tree, for the state store: it is read on
// every change and holds a record per IPv6 address of the system. Accepts
// and rejects what nlohmann::json::parse does (RFC 8259, UTF-8 checked,
// numbers that overflow a double refused; a duplicate key's last value
// counts), except nesting deeper than kMaxDepth, which no store has.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace solnet {

struct JsonMember;

struct JsonTree {
  // An unsigned number is an integer without sign, fraction or exponent
  // that fits 64 bits (nlohmann's number_unsigned); any other is `number`.
  enum class Kind : uint8_t { null, boolean, unsigned_number, number, string, array, object };
  Kind kind = Kind::null;
  bool boolean = false;
  uint64_t unsigned_number = 0;
  std::string string;
  std::vector<JsonTree> items;                            // array
  std::vector<JsonMember> members;  // object, in text order

  // An object's member, the last of that name.
  const JsonTree* find(std::string_view key) const;
};

struct JsonMember {
  std::string key;
  JsonTree value;
};

inline constexpr int kJsonMaxDepth = 512;

std::optional<JsonTree> parse_json_tree(std::string_view text);

}  // namespace solnet
