// arp's leading options, the table its CLI11 layer (cmd/arp.cc) registers.
#pragma once

#include <span>

#include "lib/common/cli_options.h"

namespace solnet {

std::span<const CliOption> arp_cli_options();

}  // namespace solnet
