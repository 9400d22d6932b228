// Interface names: "eth0" (physical) and "eth0:N" (logical unit N).
// Unlike Solaris, "eth0:0" is a logical interface of its own and not eth0:
// net-tools scripts (the IP-alias HOWTO) give eth0 and eth0:0 different
// addresses. Units that are chosen automatically start at 1.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lib/common/result.h"

namespace solnet {

inline constexpr std::size_t kIfNameMax = 15;    // IFNAMSIZ - 1
inline constexpr unsigned kMaxUnit = 999999;

struct IfName {
  std::string phys;
  std::optional<unsigned> unit;  // absent for the physical interface

  bool logical() const { return unit.has_value(); }
  std::string str() const;
  bool operator==(const IfName&) const = default;
};

// Parses a name as given on a command line. Errors:
// "NAME: bad interface name", "NAME: interface name too long",
// "NAME: bad logical unit".
Result<IfName> parse_ifname(std::string_view s);

// True when s is a name Linux would accept for a link (dev_valid_name).
bool valid_link_name(std::string_view s);

// What a kernel address label says on link `phys`: "phys" is the physical
// interface, "phys:N" (canonical decimal) is unit N, anything else
// (e.g. "phys:web") names no unit.
enum class LabelKind { physical, unit, other };
struct LabelInfo {
  LabelKind kind;
  unsigned unit = 0;
};
LabelInfo classify_label(std::string_view label, std::string_view phys);

// The kernel label for a logical unit, or "" when "phys:N" does not fit in
// IFNAMSIZ (the state store then keeps the unit).
std::string label_for_unit(std::string_view phys, unsigned unit);

}  // namespace solnet
