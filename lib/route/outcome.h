// What a route command did, as src/route returns it and lib/route/present
// renders it: one step per thing done, in order (a Solaris command may
// flush, change the kernel and then the static-routes file, and each
// step's result is printed, refusals included).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "lib/common/result.h"
#include "lib/common/route_model.h"
#include "lib/route/get_text.h"
#include "lib/route/json.h"
#include "lib/route/request.h"
#include "lib/route/static_file.h"

namespace solnet {

// The kernel's refusal of a change: the errno and its extended-ack text.
struct RouteRefusal {
  int errnum = 0;
  std::string extack;
};

// add, delete or change, in either syntax.
struct ChangeDone {
  RouteRequest req;
  std::vector<MonitorEvent> sent;       // every request, for -v
  std::optional<RouteRefusal> refusal;  // EPERM without CAP_NET_ADMIN; ESRCH: no route to change
  std::optional<InetAddr> gateway;      // the gateway address that worked, or the last tried
};

// get: the route a destination takes, if any.
struct GetDone {
  RouteRequest req;
  std::optional<RouteEntry> found;
  GetFacts facts;
};

// flush: each route of the main table through a gateway, deleted or not.
struct FlushedRoute {
  Route route;
  std::optional<RouteRefusal> refusal;
};
struct FlushDone {
  bool permitted = true;  // CAP_NET_ADMIN: else nothing was asked
  std::vector<FlushedRoute> routes;
};

using RouteStep = std::variant<Error, ChangeDone, GetDone, FlushDone, PersistAdded,
                               PersistRemoved, PersistFound, PersistListed>;

struct RouteOutcome {
  std::vector<RouteStep> steps;
  // The first step whose status counts: illumos records a change in the
  // file when the kernel took it, had it or no longer has it, and then
  // what the file did decides the exit status.
  std::size_t status_from = 0;
};

// A step's exit status: 0, net-tools' 7 for a refused change, illumos'
// errno for a Solaris result, 1 for a refused flush or file change.
int step_status(const RouteStep& step);

}  // namespace solnet
