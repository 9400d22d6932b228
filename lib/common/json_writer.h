// JSON text written as it goes, the way iproute2's json_writer writes it:
// no document is built in memory, so a display costs what its text costs.
// The output is compact (no spaces) and one line; strings that are not
// UTF-8 (Linux names may hold any byte) have each bad sequence replaced by
// U+FFFD. Members come out in the order they are written.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace solnet {

class JsonWriter {
 public:
  // Appends to `out`; the caller may drain `out` between values.
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  // The name of the next member of the current object.
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(bool b);
  JsonWriter& value(int64_t n);
  JsonWriter& value(uint64_t n);
  JsonWriter& value(int n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(unsigned n) { return value(static_cast<uint64_t>(n)); }
  // The shortest decimal that reads back as `d`, with ".0" on a whole
  // number so that it stays a float for readers that care.
  JsonWriter& value(double d);
  JsonWriter& null();
  template <class T>
  JsonWriter& value(const std::optional<T>& v) {
    return v ? value(*v) : null();
  }

  // key(name) then value(v).
  template <class T>
  JsonWriter& member(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }
  // A value that is already JSON text (a document written by another
  // writer), spliced in as it is.
  JsonWriter& raw(std::string_view json);
  JsonWriter& null_member(std::string_view name) {
    key(name);
    return null();
  }

 private:
  void separate();
  void string(std::string_view s);

  std::string& out_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace solnet
