// Reading and writing the state store's JSON safely: link names as %XX
// escapes, and each object's fields checked for type and range, so that a
// damaged store is named, never an exception.
#pragma once

#include <sys/socket.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "lib/common/inet_addr.h"
#include "lib/ifconfig/json_tree.h"

namespace solnet {

// Link names may hold any byte but '/' and NUL; JSON strings must be UTF-8.
// Bytes outside printable ASCII, and '%' itself, are written %XX.
std::string store_name_json(std::string_view name);
// The name back, or nullopt when it is no link name.
std::optional<std::string> store_name_from(std::string_view s);

// One JSON object's fields, each checked for its type and range; the first
// problem is kept and named, and later reads are no-ops.
class StoreFields {
 public:
  StoreFields(const JsonTree& j, std::string where, std::string& problem)
      : j_(j), where_(std::move(where)), problem_(problem) {
    if (j_.kind != JsonTree::Kind::object) bad("not an object");
  }

  // An unsigned integer field in [lo, hi]; `dflt` when absent (nullopt:
  // required).
  uint64_t number(const char* key, uint64_t lo, uint64_t hi, std::optional<uint64_t> dflt = std::nullopt) {
    const JsonTree* v = field(key, dflt.has_value());
    if (!v) return dflt.value_or(lo);
    if (v->kind != JsonTree::Kind::unsigned_number) return bad(key, "not a non-negative integer"), lo;
    uint64_t n = v->unsigned_number;
    if (n < lo || n > hi) return bad(key, std::to_string(n) + " out of range"), lo;
    return n;
  }
  bool boolean(const char* key, std::optional<bool> dflt = std::nullopt) {
    const JsonTree* v = field(key, dflt.has_value());
    if (!v) return dflt.value_or(false);
    if (v->kind != JsonTree::Kind::boolean) return bad(key, "not true or false"), false;
    return v->boolean;
  }
  std::string name(const char* key) {
    const JsonTree* v = field(key, false);
    if (!v) return {};
    std::optional<std::string> n;
    if (v->kind == JsonTree::Kind::string) n = store_name_from(v->string);
    if (!n) return bad(key, "not an interface name"), std::string();
    return *n;
  }
  // An address of `family` or null; absent is null. A required one must
  // be there and not null.
  std::optional<InetAddr> address(const char* key, int family, bool required = false) {
    const JsonTree* v = field(key, !required);
    const bool null = v && v->kind == JsonTree::Kind::null;
    if (required && null) bad(key, "null");
    if (!v || null) return std::nullopt;
    std::optional<InetAddr> a;
    if (v->kind == JsonTree::Kind::string) a = parse_inet(v->string, family);
    if (!a) bad(key, "not an address of its family");
    return a;
  }
  const std::vector<JsonTree>& array(const char* key, bool optional = false) {
    static const std::vector<JsonTree> empty;
    const JsonTree* v = field(key, optional);
    if (!v) return empty;
    if (v->kind != JsonTree::Kind::array) return bad(key, "not an array"), empty;
    return v->items;
  }
  // An object; absent is an empty one when optional.
  const JsonTree& object(const char* key, bool optional = false) {
    static const JsonTree empty = [] {
      JsonTree t;
      t.kind = JsonTree::Kind::object;
      return t;
    }();
    const JsonTree* v = field(key, optional);
    if (!v) return empty;
    if (v->kind != JsonTree::Kind::object) return bad(key, "not an object"), empty;
    return *v;
  }
  // inet or inet6; `dflt` when absent (nullopt: required).
  int family(const char* key, std::optional<int> dflt = std::nullopt) {
    const JsonTree* v = field(key, dflt.has_value());
    if (!v) return dflt.value_or(AF_INET);
    if (v->kind == JsonTree::Kind::string && v->string == "inet") return AF_INET;
    if (v->kind == JsonTree::Kind::string && v->string == "inet6") return AF_INET6;
    bad(key, "neither inet nor inet6");
    return AF_INET;
  }
  bool ok() const { return problem_.empty(); }

 private:
  const JsonTree* field(const char* key, bool optional) {
    if (!ok()) return nullptr;
    if (const JsonTree* v = j_.find(key)) return v;
    if (!optional) bad(key, "missing");
    return nullptr;
  }
  void bad(const std::string& what) {
    if (ok()) problem_ = where_ + ": " + what;
  }
  void bad(const char* key, const std::string& what) { bad(std::string(key) + " " + what); }

  const JsonTree& j_;
  std::string where_;
  std::string& problem_;
};

}  // namespace solnet
