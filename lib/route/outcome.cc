#include "lib/route/outcome.h"

#include <errno.h>

#include "lib/route/nettools_args.h"

namespace solnet {

namespace {

struct StatusOf {
  int operator()(const Error& e) const { return e.exit_code; }
  int operator()(const ChangeDone& c) const {
    if (!c.refusal) return 0;
    return c.req.syntax == RouteSyntax::nettools ? kExitKernel : c.refusal->errnum;
  }
  int operator()(const GetDone& g) const { return g.found ? 0 : ESRCH; }
  int operator()(const FlushDone& f) const {
    if (!f.permitted) return 1;
    for (const auto& r : f.routes)
      if (r.refusal) return 1;
    return 0;
  }
  int operator()(const PersistAdded& a) const { return a.exists ? 1 : 0; }
  int operator()(const PersistRemoved& r) const { return r.wanted && r.removed.empty() ? 1 : 0; }
  int operator()(const PersistFound&) const { return 0; }
  int operator()(const PersistListed&) const { return 0; }
};

}  // namespace

int step_status(const RouteStep& step) { return std::visit(StatusOf{}, step); }

}  // namespace solnet
