// Link-layer (MAC) addresses.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace solnet {

using HwAddr = std::vector<uint8_t>;

// "aa:1:2:3:4:5" or "00-11-22-33-44-55": six octets of one or two hex digits.
std::optional<HwAddr> parse_ether(std::string_view s);

// Solaris style, no leading zeros: "2:42:ac:11:0:2".
std::string ether_solaris(const HwAddr& a);

// Two lowercase digits per octet: "02:42:ac:11:00:02".
std::string ether_colon(const HwAddr& a);
// The same appended to `out`, without printf: tables of 50,000 rows.
void append_ether_colon(std::string& out, const HwAddr& a);

bool is_multicast_ether(const HwAddr& a);
bool is_zero_ether(const HwAddr& a);

}  // namespace solnet
