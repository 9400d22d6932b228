// Solaris interface flags (if_tcp(7P)): names, bit values, and the order
// illumos prints them in.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace solnet::sflag {

inline constexpr uint64_t UP = 0x1;
inline constexpr uint64_t BROADCAST = 0x2;
inline constexpr uint64_t DEBUG = 0x4;
inline constexpr uint64_t LOOPBACK = 0x8;
inline constexpr uint64_t POINTOPOINT = 0x10;
inline constexpr uint64_t NOTRAILERS = 0x20;
inline constexpr uint64_t RUNNING = 0x40;
inline constexpr uint64_t NOARP = 0x80;
inline constexpr uint64_t PROMISC = 0x100;
inline constexpr uint64_t ALLMULTI = 0x200;
inline constexpr uint64_t INTELLIGENT = 0x400;
inline constexpr uint64_t MULTICAST = 0x800;
inline constexpr uint64_t MULTI_BCAST = 0x1000;
inline constexpr uint64_t UNNUMBERED = 0x2000;
inline constexpr uint64_t DHCPRUNNING = 0x4000;
inline constexpr uint64_t PRIVATE = 0x8000;
inline constexpr uint64_t NOXMIT = 0x10000;
inline constexpr uint64_t NOLOCAL = 0x20000;
inline constexpr uint64_t DEPRECATED = 0x40000;
inline constexpr uint64_t ADDRCONF = 0x80000;
inline constexpr uint64_t ROUTER = 0x100000;
inline constexpr uint64_t NONUD = 0x200000;
inline constexpr uint64_t ANYCAST = 0x400000;
inline constexpr uint64_t NORTEXCH = 0x800000;
inline constexpr uint64_t IPV4 = 0x1000000;
inline constexpr uint64_t IPV6 = 0x2000000;
inline constexpr uint64_t NOFAILOVER = 0x8000000;
inline constexpr uint64_t FAILED = 0x10000000;
inline constexpr uint64_t STANDBY = 0x20000000;
inline constexpr uint64_t INACTIVE = 0x40000000;
inline constexpr uint64_t OFFLINE = 0x80000000;
inline constexpr uint64_t XRESOLV = 0x100000000;
inline constexpr uint64_t COS_ENABLED = 0x200000000;
inline constexpr uint64_t PREFERRED = 0x400000000;
inline constexpr uint64_t TEMPORARY = 0x800000000;
inline constexpr uint64_t FIXEDMTU = 0x1000000000;
inline constexpr uint64_t VIRTUAL = 0x2000000000;
inline constexpr uint64_t DUPLICATE = 0x4000000000;

struct Name {
  uint64_t bit;
  std::string_view name;
};

// Every flag in the order illumos prints them.
std::span<const Name> table();

// Names of the bits set in flags, in table order.
std::vector<std::string_view> names(uint64_t flags);

// "1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4>", as after "flags=".
std::string format(uint64_t flags);

// format(), made again only when the flags change: the stanzas of a link
// and family mostly share theirs.
class FormatCache {
 public:
  std::string_view operator()(uint64_t flags) {
    if (!valid_ || flags != flags_) {
      text_ = format(flags);
      flags_ = flags;
      valid_ = true;
    }
    return text_;
  }

 private:
  bool valid_ = false;
  uint64_t flags_ = 0;
  std::string text_;
};

// The bit of a flag name, or 0 when there is none.
uint64_t by_name(std::string_view name);

}  // namespace solnet::sflag
