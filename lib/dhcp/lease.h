// A DHCPv4 lease as dhcpcd reports it: `dhcpcd -4 -U IF` prints the
// variables of its hook environment, one "name=value" per line, with the
// "new_" prefix removed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "lib/common/inet_addr.h"
#include "lib/common/result.h"

namespace solnet {

// RFC 2132 lease times are 32-bit seconds; all ones means infinite.
inline constexpr uint32_t kDhcpInfinite = 0xffffffffu;

struct DhcpLease {
  std::string reason;                      // BOUND, RENEW, REBIND, REBOOT ...
  std::optional<InetAddr> address;         // ip_address
  std::optional<uint32_t> lease_time;      // dhcp_lease_time (option 51)
  std::optional<uint32_t> renewal_time;    // dhcp_renewal_time, T1 (option 58)
  std::optional<uint32_t> rebinding_time;  // dhcp_rebinding_time, T2 (option 59)
  std::optional<unsigned> message_type;    // dhcp_message_type; absent for BOOTP

  // T1 and T2 as the client runs them: the server's values, else the
  // RFC 2131 defaults (0.5 and 0.875 of the lease) that dhcpcd applies.
  std::optional<uint32_t> t1() const;
  std::optional<uint32_t> t2() const;
  bool bootp() const { return !message_type; }
};

// Unknown variables are ignored; a known one with a malformed value is an
// error naming it.
Result<DhcpLease> parse_dhcpcd_dump(std::string_view text);

}  // namespace solnet
