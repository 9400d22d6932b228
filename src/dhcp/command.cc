#include "src/dhcp/command.h"

#include <cstdio>

#include "build_config.h"
#include "lib/dhcp/args.h"
#include "src/common/netlink_kernel.h"
#include "src/common/privilege.h"
#include "src/dhcp/dhcpcd.h"
#include "src/dhcp/run.h"

namespace solnet {

namespace {

DhcpcdPaths paths() { return {SOLNET_DHCPCD, SOLNET_DHCPCD_RUNDIR, SOLNET_DHCPCD_DBDIR}; }

std::tm local_time(std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm;
}

}  // namespace

bool is_dhcp_command(const IfconfigArgs& args) { return !args.words.empty() && is_dhcp_intro(args.words[0]); }

int run_dhcp_command(const IfconfigArgs& args) {
  NetlinkKernel kernel;
  FileStateStore store(SOLNET_STATE_DIR);
  DhcpcdClient client(paths());
  NetlinkDhcpLinks links;
  FilePrimaryRecord primary(SOLNET_STATE_DIR);
  SystemDhcpClock clock;
  DhcpEnv env{kernel, store, client, links, primary, clock, local_time, has_net_admin()};
  auto out = run_dhcp(args, env);
  if (!out) {
    std::fprintf(stderr, "ifconfig: %s\n", out.error().message.c_str());
    return out.error().exit_code;
  }
  std::fwrite(out->data(), 1, out->size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : kDhcpExitSystem;
}

DhcpProbe& system_dhcp_probe() {
  static DhcpcdClient client(paths());
  return client;
}

}  // namespace solnet
