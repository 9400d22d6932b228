// route's leading options, the table its CLI11 layer (cmd/route.cc) registers.
#pragma once

#include <span>

#include "lib/common/cli_options.h"

namespace solnet {

std::span<const CliOption> route_cli_options();

}  // namespace solnet
