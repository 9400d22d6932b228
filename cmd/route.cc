// route: CLI11 takes the leading global options; everything from the
// command word on (where -net, -host, -netmask are keywords, not options)
// goes to lib/ untouched.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "build_config.h"
#include "cli_options.h"
#include "cli_setup.h"
#include "netlink_route_kernel.h"
#include "nss_lookup.h"
#include "privilege.h"
#include "route_args.h"
#include "route_monitor_text.h"
#include "route_ops.h"
#include "route_show.h"
#include "route_usage.h"
#include "state_store.h"
#include "static_routes_store.h"

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
  if (inv.solaris && inv.solaris->verb == SolarisVerb::change && g.persistent)
    return fail(error("change command not supported with -p"));
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
  CLI::App app{"show and change IP routing tables", "route"};
  app.prefix_command();
  app.set_help_flag();
  RouteGlobals g;
  bool help = false, cache = false, inet4 = false, inet6 = false;
  // The spellings and help come from the table (lib/cli_options.cc).
  for (const auto& o : route_cli_options()) {
    const std::string flags(o.flags), text(o.info.help);
    switch (o.id) {
      case CliOpt::help: app.add_flag(flags, help, text); break;
      case CliOpt::numeric: app.add_flag(flags, g.numeric, text); break;
      case CliOpt::symbolic: app.add_flag(flags, g.symbolic, text); break;
      case CliOpt::verbose: app.add_flag(flags, g.verbose, text); break;
      case CliOpt::extend: app.add_flag(flags, g.extend, text); break;
      case CliOpt::protocol: app.add_option(flags, g.families, text)->expected(1)->allow_extra_args(false); break;
      case CliOpt::inet: app.add_flag(flags, inet4, text); break;
      case CliOpt::inet6: app.add_flag(flags, inet6, text); break;
      case CliOpt::fib: app.add_flag(flags, g.fib, text); break;
      case CliOpt::cache: app.add_flag(flags, cache, text); break;
      case CliOpt::flush: app.add_flag(flags, g.flush, text); break;
      case CliOpt::persistent: app.add_flag(flags, g.persistent, text); break;
      case CliOpt::quiet: app.add_flag(flags, g.quiet, text); break;
      case CliOpt::root: app.add_option(flags, g.root, text); break;
      case CliOpt::json: app.add_flag(flags, g.json, text); break;
      case CliOpt::version: app.set_version_flag(flags, std::string("route (solnet) ") + SOLNET_VERSION, text); break;
      case CliOpt::net_tools: break;  // arp's
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "route: %s\n", e.what());
    return 1;
  }
  if (help) {
    put(route_usage(), stdout);
    return 0;
  }
  if (cache) return fail(error("-C: the kernel has had no IPv4 routing cache since Linux 3.6", 1));
  if (inet4) g.families.push_back("inet");
  if (inet6) g.families.push_back("inet6");

  Tools t;
  auto inv = parse_route(g, app.remaining(), t.names, [&](const std::string& phys) {
    auto l = t.kernel.link(phys);
    return l && l->has_value();
  });
  if (!inv) return fail(inv.error());
  RouteContext ctx{t.kernel, t.store, t.routes, t.names,   has_net_admin(), g.numeric || g.symbolic,
                   g.quiet,  g.json || inv->json, g.verbose};
  switch (inv->action) {
    case RouteAction::show:
      return emit(show_tables(ctx, inv->families, TableOptions{(1 + g.extend) & 3, ctx.numeric}));
    case RouteAction::nettools:
      return emit(nettools_change(ctx, inv->nettools));
    case RouteAction::solaris:
      return solaris(t, ctx, g, *inv);
  }
  return 1;
}

}  // namespace

int main(int argc, char** argv) { return guarded_main("route", run, argc, argv); }
