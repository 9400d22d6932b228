// route: the leading global options are read from its table; everything
// from the command word on (where -net, -host, -netmask are keywords, not
// options) goes to lib/ untouched.
#include <cstdio>
#include <string>

#include "build_config.h"
#include "cmd/cli_setup.h"
#include "lib/common/cli_options.h"
#include "lib/route/args.h"
#include "lib/route/globals.h"
#include "lib/route/options.h"
#include "lib/route/present.h"
#include "lib/route/usage.h"
#include "src/common/netlink_route_kernel.h"
#include "src/common/nss_lookup.h"
#include "src/common/privilege.h"
#include "src/ifconfig/state_store.h"
#include "src/route/run.h"

namespace {

using namespace solnet;

void put(const std::string& s, FILE* f) { std::fwrite(s.data(), 1, s.size(), f); }

int run(int argc, char** argv) {
  auto read = read_leading_options("route", route_cli_options(), std::string("route (solnet) ") + SOLNET_VERSION, argc,
                                   argv);
  if (auto* done = std::get_if<int>(&read)) return *done;
  const CliValues& cli = std::get<CliValues>(read);
  if (cli.has(CliOpt::help)) {
    put(route_usage(), stdout);
    return 0;
  }
  auto g = route_globals(cli.given, cli.args);
  if (!g) return emit("route", error_output(g.error()));

  NssLookup names;
  NetlinkRouteKernel kernel;  // links, addresses and routes on one socket
  FileStateStore store{SOLNET_STATE_DIR};
  auto inv = parse_route(*g, cli.words, names, [&](const std::string& phys) {
    auto l = kernel.link(phys);
    return l && l->has_value();
  });
  if (!inv) return emit("route", error_output(inv.error()));
  RouteEnv env{kernel, store, kernel, names, has_net_admin(), SOLNET_STATIC_ROUTES};
  StdoutSink shown(inv->view.json);
  auto outcome = run_route(env, *inv, [&](const MonitorEvent& e) {
    put(present_monitor_event(e, inv->view, names), stdout);
    return std::fflush(stdout) == 0;
  }, shown);
  if (!outcome) return emit("route", error_output(outcome.error()), &shown);
  return emit("route", present_route(*outcome, inv->view, names), &shown);
}

}  // namespace

int main(int argc, char** argv) { return guarded_main("route", run, argc, argv); }
