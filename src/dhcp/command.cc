#include "src/dhcp/command.h"

#include "build_config.h"
#include "src/common/netlink_kernel.h"
#include "src/dhcp/dhcpcd.h"
#include "src/dhcp/run.h"

namespace solnet {

namespace {

DhcpcdPaths paths() { return {SOLNET_DHCPCD, SOLNET_DHCPCD_RUNDIR, SOLNET_DHCPCD_DBDIR}; }

}  // namespace

Result<DhcpOutcome> run_system_dhcp(const DhcpCommand& cmd, bool privileged) {
  NetlinkKernel kernel;
  FileStateStore store(SOLNET_STATE_DIR);
  DhcpcdClient client(paths());
  NetlinkDhcpLinks links;
  FilePrimaryRecord primary(SOLNET_STATE_DIR);
  SystemDhcpClock clock;
  DhcpEnv env{kernel, store, client, links, primary, clock, privileged};
  return run_dhcp(cmd, env);
}

std::tm system_local_time(std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm;
}

DhcpProbe& system_dhcp_probe() {
  static DhcpcdClient client(paths());
  return client;
}

}  // namespace solnet
