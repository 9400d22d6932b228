// arp's presenter: the model src/arp returned, as text (illumos' lines and
// Net to Media table, net-tools' tables) or JSON, with the exit status.
#pragma once

#include "lib/arp/args.h"
#include "lib/arp/outcome.h"
#include "lib/common/output.h"

namespace solnet {

// `a` is the command line the outcome answers.
Output present_arp(const ArpOutcome& o, const ArpArgs& a);

}  // namespace solnet
