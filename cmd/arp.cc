// arp: the leading global options are read from its table; every other
// word, options included (net-tools takes them anywhere), goes to lib/
// untouched. Then parse, run, present.
#include <string>

#include "build_config.h"
#include "cmd/cli_setup.h"
#include "lib/arp/args.h"
#include "lib/arp/options.h"
#include "lib/arp/present.h"
#include "src/arp/command.h"
#include "src/arp/netlink_arp_kernel.h"
#include "src/common/netlink_kernel.h"
#include "src/common/nss_lookup.h"
#include "src/common/privilege.h"

namespace {

using namespace solnet;

int run(int argc, char** argv) {
  // -h and --help are arp's own, from its option table.
  auto read = read_leading_options("arp", arp_cli_options(), std::string("arp (solnet) ") + SOLNET_VERSION, argc, argv);
  if (auto* done = std::get_if<int>(&read)) return *done;
  const CliValues& cli = std::get<CliValues>(read);

  NssLookup names;
  auto args = parse_arp_args(cli.words, ArpGlobals{cli.has(CliOpt::json), cli.has(CliOpt::net_tools)}, names);
  if (!args) return emit("arp", error_output(args.error()));
  NetlinkKernel kernel;
  NetlinkArpKernel neigh;
  ArpSystem sys{kernel, neigh, names, has_net_admin(), read_text_file};
  StdoutSink shown(args->json);
  auto outcome = run_arp(*args, sys, shown);
  if (!outcome) return emit("arp", error_output(outcome.error()), &shown);
  return emit("arp", present_arp(*outcome, *args), &shown);
}

}  // namespace

int main(int argc, char** argv) { return guarded_main("arp", run, argc, argv); }
