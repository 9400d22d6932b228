// Parsing the words of a DHCP command ("dhcp primary wait 30 start"),
// checked whole before anything starts. Errors carry the Solaris exit code
// for bad arguments (3).
#pragma once

#include <span>
#include <string>

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
// "wait" may come in any order, each at most once.
Result<DhcpRequest> parse_dhcp_words(std::span<const std::string> words);

}  // namespace solnet
