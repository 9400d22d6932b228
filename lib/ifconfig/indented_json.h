// JSON written as it goes in the layout nlohmann's dump(indent) gives (the
// state store's file): one member or element a line, `"key": value`, empty
// containers as {} and []. The caller writes an object's members in key
// order, as nlohmann's std::map keeps them. Strings are escaped as nlohmann
// escapes valid UTF-8 with ensure_ascii off.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace solnet {

class IndentedJson {
 public:
  IndentedJson(std::string& out, int indent) : out_(out), indent_(indent) {}

  IndentedJson& begin_object() { return open('{'); }
  IndentedJson& end_object() { return close('}'); }
  IndentedJson& begin_array() { return open('['); }
  IndentedJson& end_array() { return close(']'); }
  IndentedJson& key(std::string_view name);

  IndentedJson& value(std::string_view s);
  IndentedJson& value(const char* s) { return value(std::string_view(s)); }
  IndentedJson& value(bool b);
  IndentedJson& value(int64_t n);
  IndentedJson& value(uint64_t n);
  IndentedJson& value(int n) { return value(static_cast<int64_t>(n)); }
  IndentedJson& value(unsigned n) { return value(static_cast<uint64_t>(n)); }
  IndentedJson& null();

  template <class T>
  IndentedJson& member(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }

 private:
  IndentedJson& open(char c);
  IndentedJson& close(char c);
  void element();  // before a value: its line in an array
  void newline(std::size_t depth);
  void string(std::string_view s);

  std::string& out_;
  int indent_;
  std::vector<bool> empty_;  // per open container: nothing in it yet
  bool after_key_ = false;
};

}  // namespace solnet
