// Parsing a DHCP command ("ifconfig eth0 dhcp primary wait 30 start"),
// checked whole before anything starts. Errors carry the Solaris exit code
// for bad arguments (3).
#pragma once

#include <optional>
#include <span>
#include <string>

#include "lib/common/ifname.h"
#include "lib/common/result.h"
#include "lib/dhcp/keywords.h"

namespace solnet {

inline constexpr int kDhcpExitFailure = 2;
inline constexpr int kDhcpExitBadArgs = 3;
inline constexpr int kDhcpExitTimeout = 4;
inline constexpr int kDhcpExitSystem = 6;

// How long to wait for an operation. The default (0 seconds) returns at
// once, as does "wait 0" on illumos.
struct DhcpWait {
  bool forever = false;
  unsigned seconds = 0;

  bool waits() const { return forever || seconds > 0; }
  bool operator==(const DhcpWait&) const = default;
};

struct DhcpRequest {
  DhcpOp op = DhcpOp::start;
  bool primary = false;
  DhcpWait wait;

  bool operator==(const DhcpRequest&) const = default;
};

// `words` begins with "dhcp" or "auto-dhcp". The operation, "primary" and
// "wait" may come in any order; one operation at most.
Result<DhcpRequest> parse_dhcp_words(std::span<const std::string> words);

// A whole DHCP command: the interface and the request.
struct DhcpCommand {
  std::optional<std::string> ifname;  // physical; none: every interface under DHCP ("-a dhcp status")
  DhcpRequest req;
};

// The words after the interface `name` (none: "-a..."), of `family` (0,
// AF_INET or AF_INET6); `json` when --json was given. A DHCP command names
// a physical interface (only "-a dhcp status" names none), for inet, and
// has no JSON form.
Result<DhcpCommand> parse_dhcp_command(const std::optional<IfName>& name, int family, bool json,
                                       std::span<const std::string> words);

}  // namespace solnet
