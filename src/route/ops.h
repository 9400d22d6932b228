// route's kernel steps, given the kernel behind interfaces: each returns
// what it did (or an Error when it could not read what it needed), so
// that tests drive everything with fakes and the presenter prints it.
#pragma once

#include "lib/route/outcome.h"
#include "lib/route/request.h"
#include "src/route/env.h"

namespace solnet {

// net-tools add/del.
Result<ChangeDone> nettools_change(RouteEnv& env, const RouteRequest& req);

// Solaris add/delete/change: a gateway name's addresses are tried in turn
// while the kernel finds one unreachable; a Solaris add refused because a
// route to the destination exists is added beside it unless it is the
// same route.
Result<ChangeDone> solaris_change(RouteEnv& env, const RouteRequest& req);

// Solaris get: the covering route of a destination, or with a mask the
// exact one.
Result<GetDone> solaris_get(RouteEnv& env, const RouteRequest& req);

// Solaris flush: deletes every route of `family` in the main table that
// goes through a gateway.
Result<FlushDone> solaris_flush(RouteEnv& env, int family);

}  // namespace solnet
