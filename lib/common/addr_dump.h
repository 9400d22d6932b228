// Checks on an address dump. A dump taken while others add and delete
// addresses can skip or repeat an entry without the kernel flagging it
// interrupted (NLM_F_DUMP_INTR): it resumes by position in a list that
// moved. A skip cannot be seen; a repeat can, and the dump is redone.
#pragma once

#include <span>

#include "lib/common/kernel_model.h"

namespace solnet {

// True when two entries are one address: the same link, family, local
// address, peer and prefix, which the kernel never holds twice.
bool repeats_an_address(std::span<const Addr> addrs);

}  // namespace solnet
