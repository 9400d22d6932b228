// An ifconfig command's outcome as it prints it: the display in text or
// JSON; for a change, the "Created new logical interface" lines, the
// configinfo lines and the Ethernet addresses asked for.
#pragma once

#include "lib/common/output.h"
#include "lib/ifconfig/outcome.h"

namespace solnet {

Output present_ifconfig(const IfconfigOutcome& o, bool json);

}  // namespace solnet
