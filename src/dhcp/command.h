// The DHCP forms of ifconfig wired to the real system: netlink, dhcpcd,
// the state directory, local time.
#pragma once

#include "lib/dhcp/args.h"
#include "lib/dhcp/outcome.h"
#include "lib/dhcp/status.h"
#include "src/dhcp/client.h"

namespace solnet {

// Runs the command; `privileged` when the caller has CAP_NET_ADMIN.
Result<DhcpOutcome> run_system_dhcp(const DhcpCommand& cmd, bool privileged);

// The local time of a moment, for the status table.
std::tm system_local_time(std::time_t t);

// dhcpcd at the paths the build configured, for the display's DHCP flag.
DhcpProbe& system_dhcp_probe();

}  // namespace solnet
