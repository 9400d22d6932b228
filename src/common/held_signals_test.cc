#include "src/common/held_signals.h"

#include <doctest/doctest.h>

namespace src_common_held_signals_test {

volatile sig_atomic_t hups = 0;

void count_hup(int) { hups = hups + 1; }

TEST_CASE("a signal that comes while held is delivered when the hold ends") {
  struct sigaction counting {}, before{};
  counting.sa_handler = count_hup;
  sigaction(SIGHUP, &counting, &before);
  hups = 0;
  {
    solnet::HeldSignals held;
    raise(SIGHUP);
    CHECK(hups == 0);
    sigset_t pending;
    sigpending(&pending);
    CHECK(sigismember(&pending, SIGHUP));
  }
  CHECK(hups == 1);
  raise(SIGHUP);
  CHECK(hups == 2);
  sigaction(SIGHUP, &before, nullptr);
}

}  // namespace src_common_held_signals_test
