// The netmasks(4) database: "network-number netmask" lines, looked up the
// Solaris way for "netmask +".
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace solnet {

struct NetmaskEntry {
  uint32_t network;  // host byte order
  int prefix;
};

// Parses the file's text; comments (#) and blank lines are skipped, and so
// are malformed lines and non-contiguous masks, as Solaris does.
std::vector<NetmaskEntry> parse_netmasks(std::string_view text);

// Starts with the whole address and masks off ever more low bits until the
// result is a network number in the table; that entry's mask is the answer.
// With no match, the classful mask.
int netmask_lookup(const std::vector<NetmaskEntry>& table, uint32_t addr);

}  // namespace solnet
