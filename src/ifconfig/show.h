// The display half of ifconfig: read what the selection needs and build
// the logical interfaces to print.
#pragma once

#include <vector>

#include "lib/ifconfig/args.h"
#include "lib/ifconfig/lif.h"
#include "src/common/kernel.h"
#include "src/ifconfig/dhcp_probe.h"
#include "src/ifconfig/state_store.h"

namespace solnet {

// The logical interfaces the arguments select, in display order. One named
// interface costs one link request and one filtered address dump; -a one
// link dump and one address dump. `dhcp` tells which links a DHCP client
// controls (the DHCP flag, and what -adD/-auD leave out).
Result<std::vector<Lif>> select_lifs(Kernel& kernel, StateStore& store, const IfconfigArgs& args,
                                     DhcpProbe& dhcp);

// The same, each handed to `visit` as it is made, so that a display can be
// written while the next link is derived. Errors come before the first.
Status show_lifs(Kernel& kernel, StateStore& store, const IfconfigArgs& args, DhcpProbe& dhcp, const LifVisit& visit);

}  // namespace solnet
