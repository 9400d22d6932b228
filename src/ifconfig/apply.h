// The configuring half of ifconfig: under the state store's lock read what
// a parsed command needs, fold it, validate, plan and apply, and update the
// store. Reading, choosing a unit and adding all happen under the lock, so
// parallel addif runs get distinct units.
#pragma once

#include <string>

#include "lib/ifconfig/args.h"
#include "lib/ifconfig/fold.h"
#include "lib/ifconfig/parse.h"
#include "src/common/kernel.h"
#include "src/common/route_kernel.h"
#include "src/common/sysctl.h"
#include "src/ifconfig/dhcp_probe.h"
#include "src/ifconfig/rarp_client.h"
#include "src/ifconfig/state_store.h"

namespace solnet {

struct IfconfigEnv {
  Kernel& kernel;
  StateStore& store;
  std::string netmasks_path;  // netmasks(4), read only for "netmask +"
  Sysctl& sysctl;             // forwarding, disable_ipv6, the IPv6 MTU
  DhcpProbe& dhcp;            // the DHCP flag of what a command displays
  RarpClient* rarp = nullptr;        // auto-revarp; without one, auto-revarp is refused
  std::string rarp_defaults_path{};  // /etc/inet/rarp
  RouteKernel* routes = nullptr;     // usesrc points routes; without it, usesrc is refused
};

// Applies `cmd` (its auto-revarp actions already hold their addresses) to
// the logical interfaces `target` selects; with `allocates`, a logical
// interface it names that does not exist is created. Returns the names of
// what the command asks to have printed. A command that fails changes
// nothing: a kernel refusal half-way is undone.
Result<FoldNotes> apply_ifconfig(IfconfigEnv& env, const IfconfigArgs& target, const IfCommand& cmd, bool allocates);

}  // namespace solnet
