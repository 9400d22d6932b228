// The display forms: Solaris `arp HOST` and `arp -a`, the net-tools
// tables, and JSON. One link dump and two neighbour dumps (regular and
// proxy); the Net to Media table and JSON add one netconf dump.
#pragma once

#include "src/arp/command.h"

namespace solnet {

Result<ArpShown> show_arp(const ArpArgs& args, ArpSystem& sys);

}  // namespace solnet
