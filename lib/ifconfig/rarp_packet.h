// RARP (RFC 903) request and reply payloads for Ethernet, as auto-revarp
// sends and reads them on an AF_PACKET socket (ethertype 0x8035).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "lib/common/ether_addr.h"
#include "lib/common/inet_addr.h"

namespace solnet {

inline constexpr uint16_t kEthertypeRarp = 0x8035;

// "Who am I?": sender and target hardware address are both ours.
std::vector<uint8_t> rarp_request(const HwAddr& mine);

// The address a reply assigns to `mine`; nullopt for anything else (a
// request, another host's reply, a malformed packet).
std::optional<InetAddr> rarp_reply_for(const std::vector<uint8_t>& packet, const HwAddr& mine);

// How long auto-revarp waits: `retries` requests, `timeout_ms` each.
struct RarpSettings {
  int retries = 5;        // illumos RARPRETRIES
  int timeout_ms = 8000;  // illumos RARPTIMEOUT: 8 s works on switched LANs
};

// The illumos defaults file /etc/inet/rarp: RARP_RETRIES=N, and our own
// RARP_TIMEOUT=SECONDS. Other lines and bad values are ignored.
RarpSettings parse_rarp_defaults(std::string_view text);

}  // namespace solnet
