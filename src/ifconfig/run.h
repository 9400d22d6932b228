// An ifconfig request run on the system: a display reads what it selects;
// a change runs auto-revarp first, then the generic apply, then reads back
// what the command asks to have printed.
#pragma once

#include "lib/ifconfig/outcome.h"
#include "lib/ifconfig/request.h"
#include "src/ifconfig/apply.h"

namespace solnet {

Result<IfconfigOutcome> run_ifconfig(IfconfigEnv& env, const IfconfigRequest& req);

// A display (a request without a command), each logical interface handed
// to `visit` as it is made: what run_ifconfig's `shown` would hold.
Status show_ifconfig(IfconfigEnv& env, const IfconfigRequest& req, const LifVisit& visit);

}  // namespace solnet
