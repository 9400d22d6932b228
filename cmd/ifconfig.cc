// ifconfig: CLI11 takes the leading global options; everything from the
// interface name on is the Solaris word stream, handed to lib/ untouched.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "build_config.h"
#include "cli_setup.h"
#include "dhcp_command.h"
#include "ifconfig_apply.h"
#include "ifconfig_args.h"
#include "ifconfig_json.h"
#include "ifconfig_usage.h"
#include "ifconfig_show.h"
#include "ifconfig_text.h"
#include "json_text.h"
#include "netlink_route_kernel.h"
#include "nss_lookup.h"
#include "privilege.h"
#include "rarp_client.h"
#include "state_store.h"

namespace {

using namespace solnet;

int fail(const Error& e) {
  std::fprintf(stderr, "ifconfig: %s\n", e.message.c_str());
  return e.exit_code;
}

void put(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

int run(int argc, char** argv) {
  CLI::App app{"configure network interface parameters", "ifconfig"};
  app.prefix_command();
  CliValues cli;
  add_cli_options(app, ifconfig_cli_options(), cli, std::string("ifconfig (solnet) ") + SOLNET_VERSION);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (cli.help) {
    put(ifconfig_usage());
    return std::fflush(stdout) == 0 ? 0 : 1;
  }

  auto args = parse_ifconfig_args(app.remaining());
  if (!args) return fail(args.error());
  args->json = args->json || cli.json;
  if (is_dhcp_command(*args)) return run_dhcp_command(*args);

  NetlinkRouteKernel kernel;  // links, addresses and routes (usesrc) on one socket
  FileStateStore store(SOLNET_STATE_DIR);
  const bool privileged = has_net_admin();
  NssLookup names;
  ProcSysctl sysctl;
  PacketRarpClient rarp;
  IfconfigEnv env{kernel, store, names, SOLNET_NETMASKS, privileged, sysctl, &rarp, SOLNET_RARP_DEFAULTS, &kernel};
  if (!args->words.empty()) {
    auto out = run_ifconfig_command(env, *args);
    if (!out) return fail(out.error());
    put(*out);
    return std::fflush(stdout) == 0 ? 0 : 1;
  }
  auto lifs = select_lifs(kernel, store, *args);
  if (!lifs && ifconfig_allocates(*args, privileged)) {
    if (auto out = run_ifconfig_command(env, *args); !out) return fail(out.error());
    lifs = select_lifs(kernel, store, *args);
  }
  if (!lifs) return fail(lifs.error());
  put(args->json ? json_text(render_json(*lifs)) : render_text(*lifs));
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) { return guarded_main("ifconfig", run, argc, argv); }
