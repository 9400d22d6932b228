// Rows rendered into a Sink while a kernel dump arrives. The kernel may
// have the dump read again (NLM_F_DUMP_INTR): rows not yet passed on are
// then dropped and rendered again from the new dump; once some were passed
// on, the entries already rendered are skipped instead, so that no row
// comes twice (what changed among them is not shown, as `ip` shows it).
#pragma once

#include <cstddef>

#include "lib/common/sink.h"

namespace solnet {

class DumpRows {
 public:
  // Rows go after what `sink` holds now.
  explicit DumpRows(Sink& sink) : sink_(sink), mark_(sink.text.size()) {}

  // Call for each entry the dump hands on: false when it was rendered
  // before the dump restarted.
  bool next() {
    if (skip_) {
      --skip_;
      return false;
    }
    ++seen_;
    return true;
  }
  // Call at the end of each row rendered.
  void done() {
    if (sink_.text.size() >= Sink::kChunk) passed_ = true;
    sink_.row_done();
  }
  // The dump starts again. True when the rows were dropped, so that the
  // renderer starts again too.
  bool restart() {
    if (passed_) {
      skip_ = seen_;
      return false;
    }
    sink_.text.resize(mark_);
    seen_ = 0;
    return true;
  }

 private:
  Sink& sink_;
  std::size_t mark_;
  std::size_t seen_ = 0;  // entries handed on, whether rendered or not
  std::size_t skip_ = 0;
  bool passed_ = false;
};

}  // namespace solnet
