// auto-revarp: the address is asked of the network before anything is
// folded, as host names are looked up before it. The RARP client
// broadcasts on the named interface's link (brought up for the request
// when it is down) and the reply fills every auto-revarp action of the
// command, which then goes on as if the address had been typed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lib/ifconfig/args.h"
#include "lib/ifconfig/parse.h"
#include "src/common/kernel.h"
#include "src/ifconfig/dhcp_probe.h"
#include "src/ifconfig/rarp_client.h"
#include "src/ifconfig/state_store.h"

namespace solnet {

// True when the command has an auto-revarp action.
bool wants_revarp(const IfCommand& cmd);

// `-adD4 auto-revarp ...` (illumos' net-physical): the physical Ethernet
// interfaces the selection shows, each to be asked on its own.
Result<std::vector<IfName>> revarp_interfaces(Kernel& kernel, StateStore& store, DhcpProbe& dhcp,
                                               const IfconfigArgs& args);

// Resolves the command's auto-revarp actions, if any, through `client`, on
// the interface `args` names. Returns the index of the link it brought up,
// for revarp_lower when the command fails after all. Settings come from `defaults_path` (/etc/inet/rarp; missing: the
// illumos defaults). A failure leaves the link as it was.
Result<std::optional<int>> resolve_revarp(Kernel& kernel, RarpClient* client, const std::string& defaults_path,
                                          const IfconfigArgs& args, IfCommand& cmd);

// Marks down again the link resolve_revarp brought up.
void revarp_lower(Kernel& kernel, std::optional<int> raised);

}  // namespace solnet
