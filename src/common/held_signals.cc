#include "src/common/held_signals.h"

#include <initializer_list>

namespace solnet {

HeldSignals::HeldSignals() {
  sigset_t held;
  sigemptyset(&held);
  for (int s : {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT}) sigaddset(&held, s);
  sigprocmask(SIG_BLOCK, &held, &before_);
}

// A signal that came meanwhile is delivered here.
HeldSignals::~HeldSignals() { sigprocmask(SIG_SETMASK, &before_, nullptr); }

}  // namespace solnet
