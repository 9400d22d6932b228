// What -s, -d and each line of an -f file ask to change, typed before
// anything is read: the host resolved, the hardware address parsed as -H
// says (or, with -D, the interface whose address to use).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <variant>

#include "lib/arp/host.h"
#include "lib/arp/hwtype.h"
#include "lib/arp/modifiers.h"
#include "lib/common/ether_addr.h"

namespace solnet {

// -D: the hardware address is that of this interface.
struct ArpDeviceMac {
  std::string ifname;
};
using ArpHw = std::variant<HwAddr, ArpDeviceMac>;

// How the hardware word of -s and of -f lines reads.
struct ArpHwRule {
  std::optional<HwType> type;  // -H; ether when absent
  bool use_device = false;     // -D
};

// The words of one change, checked for syntax: HOST [MAC] keywords.
struct ArpChangeWords {
  std::string host;
  std::string hw;  // -s only: MAC, or with -D an interface
  ArpModifierWords keywords;
};

struct ArpChange : ArpModifiers {
  ArpHost host;
  std::optional<ArpHw> hw;  // -s and -f lines
};

// `words` is HOST MAC keywords... (set) or HOST keywords... (-d); the
// caller has checked that HOST (and MAC) are there.
Result<ArpChangeWords> parse_change_words(std::span<const std::string> words, bool set);

// The host looked up, then the hardware word read by `rule`.
Result<ArpChange> resolve_change(const ArpChangeWords& w, const ArpHwRule& rule, NameLookup& names);

}  // namespace solnet
