#include "lib/ifconfig/indented_json.h"

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
  JsonWriter(out_).value(name);
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

}  // namespace solnet
