// route: the leading global options are read from its table; everything
// from the command word on (where -net, -host, -netmask are keywords, not
// options) goes to lib/ untouched.
#include <cstdio>
#include <string>
#include <vector>

#include "build_config.h"
#include "cmd/cli_setup.h"
#include "lib/common/cli_options.h"
#include "lib/route/args.h"
#include "lib/route/globals.h"
#include "lib/route/monitor_text.h"
#include "lib/route/options.h"
#include "lib/route/usage.h"
#include "src/common/netlink_route_kernel.h"
#include "src/common/nss_lookup.h"
#include "src/common/privilege.h"
#include "src/ifconfig/state_store.h"
#include "src/route/ops.h"
#include "src/route/show.h"
#include "src/route/static_routes_store.h"

namespace {

using namespace solnet;

void put(const std::string& s, FILE* f) { std::fwrite(s.data(), 1, s.size(), f); }

int emit(const RouteOutput& o) {
  put(o.out, stdout);
  put(o.err, stderr);
  if (std::fflush(stdout) != 0) return 1;
  return o.exit_code;
}

int fail(const Error& e) {
  std::fprintf(stderr, "route: %s\n", e.message.c_str());
  return e.exit_code;
}

struct Tools {
  NssLookup names;
  NetlinkRouteKernel kernel;  // links, addresses and routes on one socket
  RouteKernel& routes = kernel;
  FileStateStore store{SOLNET_STATE_DIR};
};

// The -p half of a Solaris command: the static-routes file.
RouteOutput persist(const RouteGlobals& g, const RouteInvocation& inv, NameLookup& names) {
  const StaticRoutesStore file(g.root.value_or("") + SOLNET_STATIC_ROUTES);
  auto run = [&](const std::function<PersistOutcome(const StaticRoutes&)>& op) -> RouteOutput {
    auto o = file.update(op);
    if (!o) return {"", "route: " + o.error().message + "\n", 1};
    return {g.quiet ? "" : o->out, o->err.empty() ? "" : o->err + "\n", o->exit_code};
  };
  RouteOutput out;
  if (inv.flush_first)
    out.append(run([&](const StaticRoutes& f) { return persist_flush(f, *inv.flush_first, names); }));
  if (!inv.solaris) return out;
  const SolarisCommand& cmd = *inv.solaris;
  const RouteRequest& req = cmd.req;
  switch (cmd.verb) {
    case SolarisVerb::add:
      out.append(run([&](const StaticRoutes& f) {
        return persist_add(f, req, inv.verb_args, inv.flush_first == AF_INET6, names);
      }));
      break;
    case SolarisVerb::del:
      out.append(run([&](const StaticRoutes& f) { return persist_delete(f, req, names); }));
      break;
    case SolarisVerb::get:
      out.append(run([&](const StaticRoutes& f) { return persist_get(f, req, names); }));
      break;
    case SolarisVerb::flush:
      out.append(run([&](const StaticRoutes& f) { return persist_flush(f, cmd.family, names); }));
      break;
    case SolarisVerb::show: {
      auto f = file.read();
      if (!f) return {"", "route: " + f.error().message + "\n", 1};
      out.out += persist_show(*f, names);
      break;
    }
    case SolarisVerb::change:
    case SolarisVerb::monitor:
      break;
  }
  return out;
}

int monitor(Tools& t, int family, bool numeric) {
  auto st = t.routes.monitor(family, [&](const MonitorEvent& e) {
    put(render_monitor(e, numeric, t.names), stdout);
    return std::fflush(stdout) == 0;
  });
  return st ? 0 : fail(st.error());
}

int solaris(Tools& t, RouteContext& ctx, const RouteGlobals& g, const RouteInvocation& inv) {
  const bool kernel = !(g.persistent && g.root);  // -p -R DIR edits the file alone
  if (inv.solaris && inv.solaris->verb == SolarisVerb::monitor) return monitor(t, inv.solaris->family, ctx.numeric);
  RouteOutput out;
  if (inv.flush_first && kernel) out.append(solaris_flush(ctx, *inv.flush_first));
  if (!inv.solaris) {
    if (g.persistent) out.append(persist(g, inv, t.names));
    return emit(out);
  }
  const SolarisCommand& cmd = *inv.solaris;
  RouteOutput k;
  if (kernel) {
    switch (cmd.verb) {
      case SolarisVerb::flush: k = solaris_flush(ctx, cmd.family); break;
      case SolarisVerb::get: k = solaris_get(ctx, cmd.req); break;
      case SolarisVerb::show: break;
      default: k = solaris_change(ctx, cmd.req); break;
    }
  }
  out.append(k);
  // illumos records the route when the kernel took it, had it, or (delete)
  // no longer has it.
  if (g.persistent && (k.exit_code == 0 || k.exit_code == EEXIST || k.exit_code == ESRCH)) {
    out.exit_code = 0;
    out.append(persist(g, inv, t.names));
  }
  return emit(out);
}

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
  if (!g) return fail(g.error());

  Tools t;
  auto inv = parse_route(*g, cli.words, t.names, [&](const std::string& phys) {
    auto l = t.kernel.link(phys);
    return l && l->has_value();
  });
  if (!inv) return fail(inv.error());
  RouteContext ctx{t.kernel, t.store, t.routes, t.names,   has_net_admin(), g->numeric || g->symbolic,
                   g->quiet, g->json || inv->json, g->verbose};
  switch (inv->action) {
    case RouteAction::show:
      return emit(show_tables(ctx, inv->families, TableOptions{(1 + g->extend) & 3, ctx.numeric}));
    case RouteAction::nettools:
      return emit(nettools_change(ctx, inv->nettools));
    case RouteAction::solaris:
      return solaris(t, ctx, *g, *inv);
  }
  return 1;
}

}  // namespace

int main(int argc, char** argv) { return guarded_main("route", run, argc, argv); }
