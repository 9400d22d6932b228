// The keywords after -s HOST MAC and -d HOST, and after HOST MAC on an -f
// line: `temp`, `pub`, `netmask NM`, `dev IF`, ...
#pragma once

#include <optional>
#include <span>
#include <string>

#include "lib/common/result.h"

namespace solnet {

// What the keywords of a change say.
struct ArpModifiers {
  bool temp = false;
  bool pub = false;
  bool priv = false;
  bool permanent = false;   // Solaris authority
  bool whole_link = false;  // `netmask 0.0.0.0` (with pub): proxy_arp
  std::optional<std::string> dev;  // `dev IF`
};

// What the keyword handlers collect.
struct ArpModifierWords {
  bool set = false;  // after -s: pub and priv then undo each other
  ArpModifiers mods;
  bool net_tools_only = false;  // used a keyword illumos lacks
};

// Each keyword of the table with the arguments its row declares, one
// after the other; nothing checked across keywords.
Result<ArpModifierWords> scan_arp_modifiers(std::span<const std::string> words, bool set);

// The same, checked whole: `temp` with `permanent`, `netmask 0.0.0.0`
// without `pub`, ...
Result<ArpModifierWords> parse_arp_modifiers(std::span<const std::string> words, bool set);

}  // namespace solnet
