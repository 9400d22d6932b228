// stdout as a Sink (lib/common/sink.h): each chunk is written as it is
// rendered, terminal_safe() unless it is JSON, whose own escapes keep it
// one line.
#pragma once

#include <string_view>

#include "lib/common/sink.h"

class StdoutSink final : public solnet::Sink {
 public:
  explicit StdoutSink(bool json) : json_(json) {}
  void pass_on() override {
    write(text);
    text.clear();
  }
  // Writes `s` the same way, past `text`.
  void write(std::string_view s);
  // False once a chunk could not be written (a closed pipe, a full disk).
  bool ok() const { return ok_; }

 private:
  bool json_;
  bool ok_ = true;
};
