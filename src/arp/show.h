// The display forms: Solaris `arp HOST` and `arp -a`, the net-tools
// tables, and JSON, written into a Sink as the neighbour dumps (regular,
// then proxy) arrive. One link dump before them; the Net to Media table
// and JSON add one netconf dump.
#pragma once

#include "lib/common/sink.h"
#include "src/arp/command.h"

namespace solnet {

Result<ArpShown> show_arp(const ArpArgs& args, ArpSystem& sys, Sink& sink);

}  // namespace solnet
