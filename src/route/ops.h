// What route does for each command, given the kernel behind interfaces:
// the output and exit status, so the mains only print them and tests can
// drive everything with fakes.
#pragma once

#include <string>

#include "lib/common/name_lookup.h"
#include "lib/route/request.h"
#include "src/common/kernel.h"
#include "src/common/route_kernel.h"
#include "src/ifconfig/state_store.h"

namespace solnet {

struct RouteContext {
  Kernel& kernel;
  StateStore& store;
  RouteKernel& routes;
  NameLookup& names;
  bool admin = false;    // CAP_NET_ADMIN
  bool numeric = false;  // -n
  bool quiet = false;    // -q
  bool json = false;     // --json
  bool verbose = false;  // -v: Solaris changes print each request, as monitor would
};

struct RouteOutput {
  std::string out;
  std::string err;
  int exit_code = 0;

  void append(const RouteOutput& o);
};

// net-tools add/del: silent on success; a refusal is one line on stderr
// ("route: add net 10.9.0.0: gateway 10.0.0.254: entry exists") with
// net-tools' exit status 7.
RouteOutput nettools_change(RouteContext& ctx, const RouteRequest& req);

// Solaris add/delete/change: the result line on stdout, refusals
// included, the errno as exit status (what illumos' boot scripts read).
RouteOutput solaris_change(RouteContext& ctx, const RouteRequest& req);

// Solaris get: the route block (or JSON), or "DEST: not in table".
RouteOutput solaris_get(RouteContext& ctx, const RouteRequest& req);

// Solaris flush: deletes every route of `family` in the main table that
// goes through a gateway, one "DEST GATEWAY done" line each.
RouteOutput solaris_flush(RouteContext& ctx, int family);

}  // namespace solnet
