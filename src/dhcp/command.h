// The DHCP forms of ifconfig wired to the real system: netlink, dhcpcd,
// the state directory.
#pragma once

#include "lib/ifconfig/args.h"
#include "src/dhcp/client.h"

namespace solnet {

// True when the arguments are a DHCP command: the first word after the
// interface (and address family) is dhcp or auto-dhcp.
bool is_dhcp_command(const IfconfigArgs& args);

// Runs the command, prints its output or its error, and returns the exit
// code.
int run_dhcp_command(const IfconfigArgs& args);

// dhcpcd at the paths the build configured, for the display's DHCP flag.
DhcpProbe& system_dhcp_probe();

}  // namespace solnet
