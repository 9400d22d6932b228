// The configuring half of ifconfig: parse the keywords, then under the
// state store's lock read what the command needs, fold it, validate, plan
// and apply, and update the store. Reading, choosing a unit and adding all
// happen under the lock, so parallel addif runs get distinct units.
#pragma once

#include <string>

#include "lib/common/name_lookup.h"
#include "lib/ifconfig/args.h"
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
  NameLookup& names;
  std::string netmasks_path;  // netmasks(4), read only for "netmask +"
  bool privileged;            // has CAP_NET_ADMIN
  Sysctl& sysctl;             // forwarding, disable_ipv6, the IPv6 MTU
  DhcpProbe& dhcp;            // the DHCP flag of what a command displays
  RarpClient* rarp = nullptr;        // auto-revarp; without one, auto-revarp is refused
  std::string rarp_defaults_path{};  // /etc/inet/rarp
  RouteKernel* routes = nullptr;     // usesrc points routes; without it, usesrc is refused
};

// True when root names an IPv4 logical interface without keywords: if it
// does not exist, running the command allocates it, down, as SunOS does.
bool ifconfig_allocates(const IfconfigArgs& args, bool privileged);

// Runs a command with keywords, or an allocation; returns what it prints on
// stdout ("Created new logical interface ...", configinfo lines, the
// Ethernet address). A command that fails changes nothing: a kernel refusal
// half-way is undone.
Result<std::string> run_ifconfig_command(IfconfigEnv& env, const IfconfigArgs& args);

}  // namespace solnet
