#include "lib/ifconfig/sol_flags.h"

#include <array>
#include <charconv>

namespace solnet::sflag {

static constexpr std::array<Name, 38> kTable{{
    {UP, "UP"},
    {BROADCAST, "BROADCAST"},
    {DEBUG, "DEBUG"},
    {LOOPBACK, "LOOPBACK"},
    {POINTOPOINT, "POINTOPOINT"},
    {NOTRAILERS, "NOTRAILERS"},
    {RUNNING, "RUNNING"},
    {NOARP, "NOARP"},
    {PROMISC, "PROMISC"},
    {ALLMULTI, "ALLMULTI"},
    {INTELLIGENT, "INTELLIGENT"},
    {MULTICAST, "MULTICAST"},
    {MULTI_BCAST, "MULTI_BCAST"},
    {UNNUMBERED, "UNNUMBERED"},
    {DHCPRUNNING, "DHCP"},
    {PRIVATE, "PRIVATE"},
    {NOXMIT, "NOXMIT"},
    {NOLOCAL, "NOLOCAL"},
    {DEPRECATED, "DEPRECATED"},
    {ADDRCONF, "ADDRCONF"},
    {ROUTER, "ROUTER"},
    {NONUD, "NONUD"},
    {ANYCAST, "ANYCAST"},
    {NORTEXCH, "NORTEXCH"},
    {IPV4, "IPv4"},
    {IPV6, "IPv6"},
    {NOFAILOVER, "NOFAILOVER"},
    {FAILED, "FAILED"},
    {STANDBY, "STANDBY"},
    {INACTIVE, "INACTIVE"},
    {OFFLINE, "OFFLINE"},
    {XRESOLV, "XRESOLV"},
    {COS_ENABLED, "CoS"},
    {PREFERRED, "PREFERRED"},
    {TEMPORARY, "TEMPORARY"},
    {FIXEDMTU, "FIXEDMTU"},
    {VIRTUAL, "VIRTUAL"},
    {DUPLICATE, "DUPLICATE"},
}};

std::span<const Name> table() { return kTable; }

std::vector<std::string_view> names(uint64_t flags) {
  std::vector<std::string_view> out;
  for (const auto& f : kTable)
    if (flags & f.bit) out.push_back(f.name);
  return out;
}

std::string format(uint64_t flags) {
  char hex[20];
  auto r = std::to_chars(hex, hex + sizeof hex, flags, 16);
  std::string s(hex, r.ptr);
  s += '<';
  bool first = true;
  for (const auto& f : kTable) {
    if (!(flags & f.bit)) continue;
    if (!first) s += ',';
    s += f.name;
    first = false;
  }
  s += '>';
  return s;
}

uint64_t by_name(std::string_view name) {
  for (const auto& f : kTable)
    if (f.name == name) return f.bit;
  return 0;
}

}  // namespace solnet::sflag
