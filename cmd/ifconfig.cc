// ifconfig: the leading global options are read from its table; everything
// from the interface name on is the Solaris word stream, parsed whole by
// lib/, run by src/, printed by lib/'s presenters.
#include <algorithm>
#include <string>
#include <variant>
#include <vector>

#include "build_config.h"
#include "cmd/cli_setup.h"
#include "lib/dhcp/present.h"
#include "lib/ifconfig/options.h"
#include "lib/ifconfig/present.h"
#include "lib/ifconfig/request.h"
#include "lib/ifconfig/short_list.h"
#include "lib/ifconfig/stream.h"
#include "lib/ifconfig/usage.h"
#include "src/common/netlink_route_kernel.h"
#include "src/common/nss_lookup.h"
#include "src/common/privilege.h"
#include "src/dhcp/command.h"
#include "src/ifconfig/inet_type_file.h"
#include "src/ifconfig/rarp_client.h"
#include "src/ifconfig/run.h"
#include "src/ifconfig/short_list_run.h"
#include "src/ifconfig/state_store.h"

namespace {

using namespace solnet;

int dhcp(const DhcpCommand& cmd, bool privileged) {
  auto done = run_system_dhcp(cmd, privileged);
  const Output out = done ? present_dhcp(*done, system_local_time) : error_output(done.error());
  const int status = emit("ifconfig", out);
  // A stdout that could not be written is a system error in DHCP's codes.
  return status == out.status ? status : kDhcpExitSystem;
}

int run(int argc, char** argv) {
  if (auto st = refuse_sv_clusters({argv + std::min(argc, 1), argv + argc}); !st)
    return emit("ifconfig", error_output(st.error()));
  auto read = read_leading_options("ifconfig", ifconfig_cli_options(), std::string("ifconfig (solnet) ") + SOLNET_VERSION,
                                   argc, argv);
  if (auto* done = std::get_if<int>(&read)) return *done;
  const CliValues& cli = std::get<CliValues>(read);
  if (cli.has(CliOpt::help)) {
    Output usage;
    usage.out = ifconfig_usage();
    return emit("ifconfig", usage);
  }

  const NetToolsLeading lead = take_net_tools_leading(cli.words, cli.has(CliOpt::short_list));
  if (lead.short_list) {
    auto req = parse_short_list(lead.words, cli.has(CliOpt::json));
    if (!req) return emit("ifconfig", error_output(req.error()));
    NetlinkKernel kernel;
    return emit("ifconfig", run_short_list(kernel, *req));
  }
  const bool privileged = has_net_admin();
  NssLookup names;
  auto line = parse_ifconfig_line(lead.words, cli.has(CliOpt::json), privileged, names);
  if (!line) return emit("ifconfig", error_output(line.error()));
  if (const auto* cmd = std::get_if<DhcpCommand>(&*line)) return dhcp(*cmd, privileged);
  IfconfigRequest& req = std::get<IfconfigRequest>(*line);
  // Displays that name no family (-a, none at all) follow inet_type(5).
  if (!req.command && !req.args.family) req.args.family = default_display_family(SOLNET_INET_TYPE);

  NetlinkRouteKernel kernel;  // links, addresses and routes (usesrc) on one socket
  FileStateStore store(SOLNET_STATE_DIR);
  ProcSysctl sysctl;
  PacketRarpClient rarp;
  IfconfigEnv env{.kernel = kernel,
                  .store = store,
                  .netmasks_path = SOLNET_NETMASKS,
                  .sysctl = sysctl,
                  .dhcp = system_dhcp_probe(),
                  .rarp = &rarp,
                  .rarp_defaults_path = SOLNET_RARP_DEFAULTS,
                  .routes = &kernel};
  if (!req.command) {
    // Written as each link is derived: memory does not grow with the system.
    StdoutSink sink(req.args.json);
    LifPrinter printer(sink, req.args.json);
    auto st = show_ifconfig(env, req, [&](const Lif& l) { printer.add(l); });
    if (!st) return emit("ifconfig", error_output(st.error()), &sink);
    printer.finish();
    return emit("ifconfig", Output{.json = req.args.json}, &sink);
  }
  auto out = run_ifconfig(env, req);
  if (!out) return emit("ifconfig", error_output(out.error()));
  return emit("ifconfig", present_ifconfig(*out, req.args.json));
}

}  // namespace

int main(int argc, char** argv) { return guarded_main("ifconfig", run, argc, argv); }
