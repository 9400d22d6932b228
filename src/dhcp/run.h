// `ifconfig IF {auto-dhcp|dhcp} [primary] [wait SECONDS|forever] OP`,
// parsed and checked (lib/dhcp/args.h): drive the DHCP client. Errors carry
// the illumos exit codes: 2 failure, 4 wait timed out, 6 system error.
//
// The primary interface is the one whose lease sets the system-wide
// settings: the default route, /etc/resolv.conf and the hostname. Its
// client runs in DhcpMode::primary, every other one in secondary mode
// (own address and subnet route only). The first interface put under DHCP
// becomes the primary when no running client is; "primary" on start or
// extend moves the role, and the former primary's client is restarted in
// secondary mode, keeping its address, losing its default route and DNS
// entries. Dropping or releasing the primary leaves no primary.
#pragma once

#include <string>

#include "lib/dhcp/args.h"
#include "lib/dhcp/outcome.h"
#include "src/common/kernel.h"
#include "src/dhcp/client.h"
#include "src/dhcp/clock.h"
#include "src/dhcp/link.h"
#include "src/dhcp/primary.h"
#include "src/ifconfig/state_store.h"

namespace solnet {

struct DhcpEnv {
  Kernel& kernel;
  StateStore& store;
  DhcpClient& client;
  DhcpLinks& links;
  DhcpPrimaryRecord& primary;
  DhcpClock& clock;
  bool privileged = false;
};

// Runs a DHCP command; the outcome holds the states "status" asked for.
Result<DhcpOutcome> run_dhcp(const DhcpCommand& cmd, DhcpEnv& env);

}  // namespace solnet
