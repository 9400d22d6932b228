#include "lib/ifconfig/indented_json.h"

#include <algorithm>

#include "lib/common/json_writer.h"

namespace solnet {

void IndentedJson::newline(std::size_t depth) {
  out_ += '\n';
  out_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

void IndentedJson::element() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;  // the document itself
  out_ += empty_.back() ? "" : ",";
  empty_.back() = false;
  newline(empty_.size());
}

IndentedJson& IndentedJson::key(std::string_view name) {
  element();
  string(name);
  out_ += ": ";
  after_key_ = true;
  return *this;
}

IndentedJson& IndentedJson::value(std::string_view s) {
  element();
  string(s);
  return *this;
}

void IndentedJson::string(std::string_view s) {
  const bool plain = std::all_of(s.begin(), s.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x80 && c != '"' && c != '\\';
  });
  if (!plain) {
    JsonWriter(out_).value(s);
    return;
  }
  out_ += '"';
  out_ += s;
  out_ += '"';
}

IndentedJson& IndentedJson::open(char c) {
  element();
  out_ += c;
  empty_.push_back(true);
  return *this;
}

IndentedJson& IndentedJson::close(char c) {
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) newline(empty_.size());
  out_ += c;
  return *this;
}

}  // namespace solnet
