// The display half of ifconfig: read what the selection needs and build
// the logical interfaces to print.
#pragma once

#include <vector>

#include "dhcp_client.h"
#include "dhcp_command.h"
#include "ifconfig_args.h"
#include "kernel.h"
#include "lif.h"
#include "state_store.h"

namespace solnet {

// The logical interfaces the arguments select, in display order. One named
// interface costs one link request and one filtered address dump; -a one
// link dump and one address dump. `dhcp` tells which links a DHCP client
// controls (the DHCP flag, and what -adD/-auD leave out).
Result<std::vector<Lif>> select_lifs(Kernel& kernel, StateStore& store, const IfconfigArgs& args,
                                     DhcpProbe& dhcp = system_dhcp_probe());

}  // namespace solnet
