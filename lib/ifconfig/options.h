// ifconfig's leading options, the table its CLI11 layer (cmd/ifconfig.cc) registers.
#pragma once

#include <span>

#include "lib/common/cli_options.h"

namespace solnet {

std::span<const CliOption> ifconfig_cli_options();

}  // namespace solnet
