#include "src/route/run.h"

#include <errno.h>

#include "src/route/ops.h"
#include "src/route/persist.h"
#include "src/route/show.h"

namespace solnet {

namespace {

template <class T>
RouteStep step(Result<T> r) {
  if (!r) return r.error();
  return std::move(*r);
}

template <class T>
Result<RouteOutcome> single(Result<T> r) {
  if (!r) return r.error();
  return RouteOutcome{{std::move(*r)}};
}

// The verb's kernel step; none for show and monitor.
std::optional<RouteStep> kernel_step(RouteEnv& env, const SolarisCommand& cmd) {
  switch (cmd.verb) {
    case SolarisVerb::add:
    case SolarisVerb::del:
    case SolarisVerb::change: return step(solaris_change(env, cmd.req));
    case SolarisVerb::get: return step(solaris_get(env, cmd.req));
    case SolarisVerb::flush: return step(solaris_flush(env, cmd.family));
    case SolarisVerb::show:
    case SolarisVerb::monitor: break;
  }
  return std::nullopt;
}

RouteOutcome solaris(RouteEnv& env, const RouteInvocation& inv) {
  const bool kernel = !(inv.persistent && inv.root);  // -p -R DIR edits the file alone
  const std::string& file = env.static_routes;
  RouteOutcome o;
  if (inv.flush_first && kernel) o.steps.push_back(step(solaris_flush(env, *inv.flush_first)));
  if (!inv.solaris) {
    if (inv.persistent)
      for (auto& s : persist_steps(inv, file, env.names)) o.steps.push_back(std::move(s));
    return o;
  }
  int status = 0;
  if (auto k = kernel ? kernel_step(env, *inv.solaris) : std::nullopt) {
    status = step_status(*k);
    o.steps.push_back(std::move(*k));
  }
  // illumos records the route when the kernel took it, had it, or (delete)
  // no longer has it.
  if (inv.persistent && (status == 0 || status == EEXIST || status == ESRCH)) {
    o.status_from = o.steps.size();
    for (auto& s : persist_steps(inv, file, env.names)) o.steps.push_back(std::move(s));
  }
  return o;
}

}  // namespace

Result<RouteOutcome> run_route(RouteEnv& env, const RouteInvocation& inv, const MonitorSink& on_event, Sink& shown) {
  switch (inv.action) {
    case RouteAction::show: {
      auto st = inv.view.json ? show_route_json(env, inv.families, shown)
                              : show_tables(env, inv.families, {(1 + inv.view.extend) & 3, inv.view.numeric}, shown);
      if (!st) return st.error();
      return RouteOutcome{};
    }
    case RouteAction::nettools: return single(nettools_change(env, inv.nettools));
    case RouteAction::solaris:
      if (inv.solaris && inv.solaris->verb == SolarisVerb::monitor) {
        auto st = env.routes.monitor(inv.solaris->family, on_event);
        if (!st) return st.error();
        return RouteOutcome{};
      }
      return solaris(env, inv);
  }
  return RouteOutcome{};
}

}  // namespace solnet
