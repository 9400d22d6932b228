#include "lib/route/globals.h"

#include "lib/route/nettools_options.h"

namespace solnet {

Result<RouteGlobals> route_globals(const std::map<CliOpt, int>& given,
                                   const std::map<CliOpt, std::vector<std::string>>& args) {
  auto has = [&](CliOpt id) { return given.count(id) != 0; };
  if (has(CliOpt::cache)) return error("-C: the kernel has had no IPv4 routing cache since Linux 3.6");
  if (has(CliOpt::zone))
    return error("-z: not supported on this system (Linux has no zones; a zone's network is a network namespace: "
                 "ip netns exec NAME route ...)");
  RouteGlobals g;
  g.numeric = has(CliOpt::numeric);
  g.symbolic = has(CliOpt::symbolic);
  g.verbose = has(CliOpt::verbose);
  g.extend = has(CliOpt::extend) ? given.at(CliOpt::extend) : 0;
  if (has(CliOpt::protocol))
    for (const auto& spec : args.at(CliOpt::protocol)) g.families.push_back(nettools_family_spec(spec));
  if (has(CliOpt::inet)) g.families.push_back("inet");
  if (has(CliOpt::inet6)) g.families.push_back("inet6");
  g.fib = has(CliOpt::fib);
  g.flush = has(CliOpt::flush);
  g.persistent = has(CliOpt::persistent);
  g.quiet = has(CliOpt::quiet);
  if (has(CliOpt::root)) g.root = args.at(CliOpt::root).back();
  g.json = has(CliOpt::json);
  return g;
}

}  // namespace solnet
