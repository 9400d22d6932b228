// The DHCP client as ifconfig drives it: one client instance per link,
// IPv4 only. DhcpcdClient runs dhcpcd; FakeDhcpClient (tests) holds state
// in memory.
#pragma once

#include <chrono>
#include <optional>
#include <set>
#include <string>

#include "lib/common/result.h"
#include "lib/dhcp/args.h"
#include "lib/dhcp/lease.h"
#include "src/ifconfig/dhcp_probe.h"

namespace solnet {

// What an instance may configure beyond its own address and subnet route.
enum class DhcpMode {
  primary,    // also the default route, /etc/resolv.conf and the hostname
  secondary,  // nothing system-wide
};

using LeaseStamp = std::chrono::system_clock::time_point;

class DhcpClient : public DhcpProbe {
 public:
  // When the running client wrote the lease it holds now (the time dhcpcd
  // takes as the lease's start); nullopt while it holds none. Cheap enough
  // to poll.
  virtual std::optional<LeaseStamp> lease_written(const std::string& link) = 0;
  // The lease the client holds, as it reports it. Ask only when
  // lease_written says there is one.
  virtual Result<DhcpLease> lease(const std::string& link) = 0;

  // Starts a client in the background. Errors running the client at all
  // carry exit code 6, the client's own refusals 2.
  virtual Status start(const std::string& link, DhcpMode mode) = 0;
  // Starts a client that sends DHCPINFORM for `address` ("ADDR/LEN",
  // already the link's) and takes the configuration parameters of the
  // reply, but no lease; it stays, holding the reply. With a `wait` that
  // waits, returns when the reply is applied (true) or the wait ran out
  // (false; the client goes on trying); else at once (true). Errors as
  // start's.
  virtual Result<bool> inform(const std::string& link, DhcpMode mode, const std::string& address,
                              const DhcpWait& wait) = 0;
  // Asks the client to renew its lease now; returns at once.
  virtual Status renew(const std::string& link) = 0;
  // Gives the lease back (the client removes the address) and stops the
  // client; returns when it has stopped.
  virtual Status release(const std::string& link) = 0;
  // Stops the client, leaving the address and routes as they are.
  virtual Status stop(const std::string& link) = 0;
};

}  // namespace solnet
