// A DHCP command's outcome as ifconfig prints it: illumos' status table,
// once per interface.
#pragma once

#include "lib/common/output.h"
#include "lib/dhcp/outcome.h"
#include "lib/dhcp/status.h"

namespace solnet {

Output present_dhcp(const DhcpOutcome& o, const LocalTimeFn& local);

}  // namespace solnet
