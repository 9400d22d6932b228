#include "lib/common/sink.h"

#include <doctest/doctest.h>

namespace lib_common_sink_test {

using solnet::Sink;

struct CountingSink final : Sink {
  int chunks = 0;
  std::string seen;
  void pass_on() override {
    if (!text.empty()) ++chunks;
    seen += text;
    text.clear();
  }
};

TEST_CASE("a sink passes text on at the first row end past a chunk") {
  CountingSink s;
  const std::string row(1000, 'x');
  std::size_t rows = 0;
  while (s.chunks == 0) {
    s.text += row + "\n";
    s.row_done();
    ++rows;
  }
  CHECK(rows == Sink::kChunk / 1001 + 1);
  CHECK(s.text.empty());
  s.text += "last\n";
  s.pass_on();
  CHECK(s.chunks == 2);
  CHECK(s.seen.size() == rows * 1001 + 5);
}

TEST_CASE("a string sink keeps everything") {
  solnet::StringSink s;
  s.text = "a\n";
  s.row_done();
  s.pass_on();
  s.text = "b\n";
  CHECK(s.take() == "a\nb\n");
  CHECK(s.take().empty());
}

}  // namespace lib_common_sink_test
