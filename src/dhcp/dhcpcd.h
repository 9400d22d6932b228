// DhcpClient over dhcpcd (9.x): one `dhcpcd -4 IF` instance per link, found
// through its pid file (RUNDIR/IF-4.pid, locked while it runs) and its lease
// file (DBDIR/IF.lease).
#pragma once

#include <string>

#include "src/dhcp/client.h"
#include "src/dhcp/exec.h"

namespace solnet {

struct DhcpcdPaths {
  std::string program;  // SOLNET_DHCPCD
  std::string rundir;   // dhcpcd's RUNDIR, /run/dhcpcd on Debian
  std::string dbdir;    // dhcpcd's DBDIR, /var/lib/dhcpcd on Debian
};

class DhcpcdClient : public DhcpClient {
 public:
  explicit DhcpcdClient(DhcpcdPaths paths) : paths_(std::move(paths)) {}

  std::set<std::string> running_links() override;
  bool running(const std::string& link) override;
  std::optional<LeaseStamp> lease_written(const std::string& link) override;
  Result<DhcpLease> lease(const std::string& link) override;
  Status start(const std::string& link, DhcpMode mode) override;
  Status renew(const std::string& link) override;
  Result<bool> inform(const std::string& link, DhcpMode mode, const std::string& address,
                      const DhcpWait& wait) override;
  Status release(const std::string& link) override;
  Status stop(const std::string& link) override;

 private:
  std::string pid_file(const std::string& link) const;
  std::string lease_file(const std::string& link) const;
  Status signal_until_gone(const std::string& link, int sig);
  // Runs dhcpcd for `link` with `extra` options until it forks to the
  // background; its exit status and messages.
  Result<ProgramRun> launch(const std::string& link, DhcpMode mode, const std::vector<std::string>& extra);
  // launch() in the background at once, never giving up: dhcpcd's failure
  // is the link's.
  Status launch_background(const std::string& link, DhcpMode mode, const std::vector<std::string>& extra);

  DhcpcdPaths paths_;
};

}  // namespace solnet
