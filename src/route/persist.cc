#include "src/route/persist.h"

#include <functional>

#include "src/route/static_routes_store.h"

namespace solnet {

namespace {

using Edit = std::function<PersistOutcome(const StaticRoutes&)>;

RouteStep edit(const StaticRoutesStore& file, const Edit& op) {
  auto o = file.update(op);
  if (!o) return o.error();
  return std::visit([](auto& r) -> RouteStep { return std::move(r); }, o->result);
}

}  // namespace

std::vector<RouteStep> persist_steps(const RouteInvocation& inv, const std::string& path, NameLookup& names) {
  const StaticRoutesStore file(path, inv.root);
  std::vector<RouteStep> steps;
  if (inv.flush_first)
    steps.push_back(edit(file, [&](const StaticRoutes& f) { return persist_flush(f, *inv.flush_first, names); }));
  if (!inv.solaris) return steps;
  const SolarisCommand& cmd = *inv.solaris;
  const RouteRequest& req = cmd.req;
  switch (cmd.verb) {
    case SolarisVerb::add:
      steps.push_back(edit(file, [&](const StaticRoutes& f) {
        return persist_add(f, req, inv.verb_args, inv.flush_first == AF_INET6, names);
      }));
      break;
    case SolarisVerb::del:
      steps.push_back(edit(file, [&](const StaticRoutes& f) { return persist_delete(f, req, names); }));
      break;
    case SolarisVerb::get:
      steps.push_back(edit(file, [&](const StaticRoutes& f) { return persist_get(f, req, names); }));
      break;
    case SolarisVerb::flush:
      steps.push_back(edit(file, [&](const StaticRoutes& f) { return persist_flush(f, cmd.family, names); }));
      break;
    case SolarisVerb::show: {
      auto f = file.read();
      // What -f did to the file goes unsaid when it cannot be read.
      if (!f) return {f.error()};
      steps.push_back(persist_show(*f, names));
      break;
    }
    case SolarisVerb::change:  // refused with -p by the parser
    case SolarisVerb::monitor:
      break;
  }
  return steps;
}

}  // namespace solnet
