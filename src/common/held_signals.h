// Holds off the signals that end a command from outside (Ctrl-C, kill,
// a dropped terminal or SSH session, a closed pipe) while a change that
// takes several kernel operations is made and recorded: the signal is
// delivered, with its usual effect, once the change is whole.
#pragma once

#include <signal.h>

namespace solnet {

class HeldSignals {
 public:
  HeldSignals();
  ~HeldSignals();
  HeldSignals(const HeldSignals&) = delete;
  HeldSignals& operator=(const HeldSignals&) = delete;

 private:
  sigset_t before_;
};

}  // namespace solnet
