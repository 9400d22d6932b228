// What `ifconfig IF dhcp status` shows, and its illumos rendering:
//   Interface  State         Sent  Recv  Declined  Flags
//   eth0       BOUND            -     -         -  [PRIMARY]
//   (Began, Expires, Renew) = (11/23/2026 18:46, 11/23/2026 18:48, 11/23/2026 18:47)
// Only what the client really provides is shown: dhcpcd keeps no packet
// counters, so the Sent, Recv and Declined columns print "-".
#pragma once

#include <ctime>
#include <functional>
#include <optional>
#include <string>

#include "lib/dhcp/lease.h"

namespace solnet {

// The illumos dhcpagent states that a dhcpcd client can be in.
enum class DhcpState { selecting, bound, renewing, rebinding, information, unknown };

std::string_view dhcp_state_name(DhcpState s);

struct DhcpLeaseTimes {
  std::time_t began = 0;
  std::optional<std::time_t> expires;  // nullopt: infinite lease ("Never")
  std::optional<std::time_t> renew;
};

struct DhcpStatus {
  std::string ifname;
  DhcpState state = DhcpState::selecting;
  bool primary = false;
  bool bootp = false;
  std::optional<DhcpLeaseTimes> times;
};

// The status of an interface under DHCP control. `lease` is the client's
// current lease (null: it has none yet, i.e. it is soliciting one) and
// `written` when the client wrote it, which dhcpcd itself takes as the time
// the lease began. RENEWING and REBINDING follow from T1 and T2 as the
// client's timers do.
DhcpStatus dhcp_status(const std::string& ifname, const DhcpLease* lease, std::time_t written,
                       std::time_t now, bool primary);

// Local time of a moment; injected so that rendering stays pure.
using LocalTimeFn = std::function<std::tm(std::time_t)>;

// The header line and the interface's lines, as illumos prints them.
std::string render_dhcp_status(const DhcpStatus& s, const LocalTimeFn& local);

}  // namespace solnet
