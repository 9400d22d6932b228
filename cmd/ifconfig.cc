// ifconfig: the leading global options are read from its table; everything
// from the interface name on is the Solaris word stream, handed to lib/
// untouched.
#include <cstdio>
#include <string>
#include <vector>

#include "build_config.h"
#include "cmd/cli_setup.h"
#include "lib/ifconfig/args.h"
#include "lib/ifconfig/json.h"
#include "lib/ifconfig/options.h"
#include "lib/ifconfig/text.h"
#include "lib/ifconfig/usage.h"
#include "src/common/netlink_route_kernel.h"
#include "src/common/nss_lookup.h"
#include "src/common/privilege.h"
#include "src/dhcp/command.h"
#include "src/ifconfig/apply.h"
#include "src/ifconfig/rarp_client.h"
#include "src/ifconfig/show.h"
#include "src/ifconfig/state_store.h"

namespace {

using namespace solnet;

int fail(const Error& e) {
  std::fprintf(stderr, "ifconfig: %s\n", e.message.c_str());
  return e.exit_code;
}

void put(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

int run(int argc, char** argv) {
  auto read = read_leading_options("ifconfig", ifconfig_cli_options(), std::string("ifconfig (solnet) ") + SOLNET_VERSION,
                                   argc, argv);
  if (auto* done = std::get_if<int>(&read)) return *done;
  const CliValues& cli = std::get<CliValues>(read);
  if (cli.has(CliOpt::help)) {
    put(ifconfig_usage());
    return std::fflush(stdout) == 0 ? 0 : 1;
  }

  auto args = parse_ifconfig_args(cli.words);
  if (!args) return fail(args.error());
  args->json = args->json || cli.has(CliOpt::json);
  if (is_dhcp_command(*args)) return run_dhcp_command(*args);

  NetlinkRouteKernel kernel;  // links, addresses and routes (usesrc) on one socket
  FileStateStore store(SOLNET_STATE_DIR);
  const bool privileged = has_net_admin();
  NssLookup names;
  ProcSysctl sysctl;
  PacketRarpClient rarp;
  DhcpProbe& dhcp = system_dhcp_probe();
  IfconfigEnv env{.kernel = kernel,
                  .store = store,
                  .names = names,
                  .netmasks_path = SOLNET_NETMASKS,
                  .privileged = privileged,
                  .sysctl = sysctl,
                  .dhcp = dhcp,
                  .rarp = &rarp,
                  .rarp_defaults_path = SOLNET_RARP_DEFAULTS,
                  .routes = &kernel};
  if (!args->words.empty()) {
    auto out = run_ifconfig_command(env, *args);
    if (!out) return fail(out.error());
    put(*out);
    return std::fflush(stdout) == 0 ? 0 : 1;
  }
  auto lifs = select_lifs(kernel, store, *args, dhcp);
  if (!lifs && ifconfig_allocates(*args, privileged)) {
    if (auto out = run_ifconfig_command(env, *args); !out) return fail(out.error());
    lifs = select_lifs(kernel, store, *args, dhcp);
  }
  if (!lifs) return fail(lifs.error());
  put(args->json ? render_json(*lifs) : render_text(*lifs));
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) { return guarded_main("ifconfig", run, argc, argv); }
