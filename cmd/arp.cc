// arp: CLI11 takes the leading global options; every other word, options
// included (net-tools takes them anywhere), goes to lib/ untouched.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "arp_args.h"
#include "build_config.h"
#include "cli_setup.h"
#include "neigh_command.h"
#include "neigh_netlink.h"
#include "netlink_kernel.h"
#include "nss_lookup.h"
#include "privilege.h"

namespace {

using namespace solnet;

int run(int argc, char** argv) {
  CLI::App app{"display and change the IPv4 neighbour (ARP) table", "arp"};
  app.prefix_command();
  // -h and --help are arp's own, from its option table.
  CliValues cli;
  add_cli_options(app, arp_cli_options(), cli, std::string("arp (solnet) ") + SOLNET_VERSION);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }

  auto args = parse_arp_args(app.remaining(), ArpGlobals{cli.json, cli.net_tools});
  if (!args) {
    std::fprintf(stderr, "arp: %s\n", args.error().message.c_str());
    return args.error().exit_code;
  }

  NetlinkKernel kernel;
  NeighNetlink neigh;
  NssLookup names;
  ArpSystem sys{kernel, neigh, names, has_net_admin(), read_text_file};
  auto outcome = run_arp(*args, sys);
  std::fwrite(outcome.out.data(), 1, outcome.out.size(), stdout);
  for (const auto& e : outcome.errors) std::fprintf(stderr, "arp: %s\n", e.c_str());
  if (std::fflush(stdout) != 0) return 1;
  return outcome.status;
}

}  // namespace

int main(int argc, char** argv) { return guarded_main("arp", run, argc, argv); }
