#include "lib/common/dump_rows.h"

#include <doctest/doctest.h>

#include <string>

using namespace solnet;

namespace lib_common_dump_rows_test {

// Renders entries first..last of a dump, one row each.
void rows(DumpRows& d, Sink& sink, int first, int last, std::size_t width = 1) {
  for (int i = first; i <= last; ++i) {
    if (!d.next()) continue;
    sink.text += std::string(width - 1, ' ') + std::to_string(i % 10);
    d.done();
  }
}

TEST_CASE("a restarted dump: rows not passed on are rendered again") {
  StringSink sink;
  sink.text = "head:";
  DumpRows d(sink);
  rows(d, sink, 0, 2);
  CHECK(d.restart());
  rows(d, sink, 0, 3);
  CHECK(sink.take() == "head:0123");
}

TEST_CASE("a restarted dump: once rows were passed on, those already rendered are skipped") {
  StringSink sink;
  DumpRows d(sink);
  rows(d, sink, 0, 1, Sink::kChunk);  // the first row fills a chunk
  CHECK_FALSE(d.restart());
  rows(d, sink, 0, 3, 1);
  const std::string all = sink.take();
  CHECK(all.size() == 2 * Sink::kChunk + 2);
  CHECK(all.substr(all.size() - 2) == "23");
}

}  // namespace lib_common_dump_rows_test
