#include "lib/ifconfig/indented_json.h"

#include <charconv>

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

IndentedJson& IndentedJson::value(std::string_view s) {
  element();
  string(s);
  return *this;
}

void IndentedJson::string(std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  out_ += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default:
        if (c < 0x20) {
          out_ += "\\u00";
          out_ += hex[c >> 4];
          out_ += hex[c & 15];
        } else {
          out_ += static_cast<char>(c);
        }
    }
  }
  out_ += '"';
}

IndentedJson& IndentedJson::value(bool b) {
  element();
  out_ += b ? "true" : "false";
  return *this;
}

IndentedJson& IndentedJson::value(int64_t n) {
  element();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr);
  return *this;
}

IndentedJson& IndentedJson::value(uint64_t n) {
  element();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr);
  return *this;
}

IndentedJson& IndentedJson::null() {
  element();
  out_ += "null";
  return *this;
}

}  // namespace solnet
