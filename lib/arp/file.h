// The lines of an `arp -f FILE`: `HOST MAC [keywords]` as illumos reads
// them, or `MAC HOST [keywords]` as in ethers(5), which net-tools reads.
// A word starting with '#' begins a comment; blank lines are skipped.
// src/ reads the file; each line is typed here as -s is.
#pragma once

#include <string_view>
#include <vector>

#include "lib/arp/change.h"

namespace solnet {

struct ArpFileLine {
  int number;                 // 1-based
  Result<ArpChange> change;   // or what is wrong with the line
};

std::vector<ArpFileLine> parse_arp_file(std::string_view text, const ArpHwRule& rule, NameLookup& names);

}  // namespace solnet
