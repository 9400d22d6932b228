// route's run: the parsed command against the system, returning what was
// done step by step (lib/route/outcome.h) for lib/route/present to print.
#pragma once

#include <functional>

#include "lib/common/sink.h"
#include "lib/route/args.h"
#include "lib/route/outcome.h"
#include "src/route/env.h"

namespace solnet {

// `route monitor` hands each event to this as it comes, until it returns
// false.
using MonitorSink = std::function<bool(const MonitorEvent&)>;

// A display is written into `shown` as the kernel's dump arrives, with no
// step. A net-tools change is one step, or an Error. A Solaris
// command runs -f's flush, then the verb in the kernel (not with -p -R
// DIR), then with -p in the static-routes file when the kernel took the
// change, had it or no longer has it.
Result<RouteOutcome> run_route(RouteEnv& env, const RouteInvocation& inv, const MonitorSink& on_event, Sink& shown);

}  // namespace solnet
