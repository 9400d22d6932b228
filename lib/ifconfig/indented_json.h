// JSON written as it goes in the layout nlohmann's dump(indent) gives (the
// state store's file): one member or element a line, `"key": value`, empty
// containers as {} and []. The caller writes an object's members in key
// order, as nlohmann's std::map keeps them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lib/common/json_writer.h"

namespace solnet {

class IndentedJson {
 public:
  IndentedJson(std::string& out, int indent) : out_(out), indent_(indent) {}

  IndentedJson& begin_object() { return open('{'); }
  IndentedJson& end_object() { return close('}'); }
  IndentedJson& begin_array() { return open('['); }
  IndentedJson& end_array() { return close(']'); }
  IndentedJson& key(std::string_view name);

  // A scalar, written as JsonWriter writes it (the store's strings are
  // ASCII: escaped as nlohmann escapes them); a string with nothing to
  // escape, the store's every string, is copied whole.
  IndentedJson& value(std::string_view s);
  IndentedJson& value(const char* s) { return value(std::string_view(s)); }
  IndentedJson& value(const std::string& s) { return value(std::string_view(s)); }
  template <class T>
  IndentedJson& value(const T& v) {
    element();
    JsonWriter(out_).value(v);
    return *this;
  }
  IndentedJson& null() {
    element();
    JsonWriter(out_).null();
    return *this;
  }

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
