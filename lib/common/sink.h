// Where a large display goes while it is rendered: the renderer appends to
// `text` and calls row_done() at the end of each row or stanza, which passes
// the text on once a chunk is full. A display of 100,000 rows then holds one
// chunk, not its whole text. Chunks end where rows end, so a multi-byte
// character or an escape sequence is never split between two of them.
#pragma once

#include <cstddef>
#include <string>
#include <utility>

namespace solnet {

class Sink {
 public:
  static constexpr std::size_t kChunk = 64 * 1024;

  virtual ~Sink() = default;
  std::string text;

  void row_done() {
    if (text.size() >= kChunk) pass_on();
  }
  // Passes `text` on and empties it; also done once at the end of a display.
  virtual void pass_on() = 0;
};

// Keeps everything: a display wanted whole (tests, a caller that adds to it).
class StringSink final : public Sink {
 public:
  void pass_on() override {
    all_ += text;
    text.clear();
  }
  std::string take() {
    pass_on();
    return std::exchange(all_, {});
  }

 private:
  std::string all_;
};

}  // namespace solnet
