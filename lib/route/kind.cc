#include "lib/route/kind.h"

#include <linux/rtnetlink.h>

#include <string_view>

namespace solnet {

namespace {

struct Named {
  uint8_t value;
  std::string_view name;
};

constexpr Named kTypes[] = {
    {RTN_UNSPEC, "unspec"},       {RTN_UNICAST, "unicast"},   {RTN_LOCAL, "local"},
    {RTN_BROADCAST, "broadcast"}, {RTN_ANYCAST, "anycast"},   {RTN_MULTICAST, "multicast"},
    {RTN_BLACKHOLE, "blackhole"}, {RTN_UNREACHABLE, "unreachable"}, {RTN_PROHIBIT, "prohibit"},
    {RTN_THROW, "throw"},         {RTN_NAT, "nat"},           {RTN_XRESOLVE, "xresolve"},
};

// iproute2's /etc/iproute2/rt_protos defaults.
constexpr Named kProtocols[] = {
    {0, "unspec"},   {1, "redirect"},  {2, "kernel"},    {3, "boot"},     {4, "static"},
    {8, "gated"},    {9, "ra"},        {10, "mrt"},      {11, "zebra"},   {12, "bird"},
    {13, "dnrouted"}, {14, "xorp"},    {15, "ntk"},      {16, "dhcp"},    {17, "mrouted"},
    {18, "keepalived"}, {42, "babel"}, {99, "openr"},    {186, "bgp"},    {187, "isis"},
    {188, "ospf"},   {189, "rip"},     {192, "eigrp"},
};

constexpr Named kScopes[] = {
    {RT_SCOPE_UNIVERSE, "global"}, {RT_SCOPE_SITE, "site"}, {RT_SCOPE_LINK, "link"},
    {RT_SCOPE_HOST, "host"},       {RT_SCOPE_NOWHERE, "nowhere"},
};

template <std::size_t N>
std::string lookup(const Named (&table)[N], uint8_t v) {
  for (const auto& n : table)
    if (n.value == v) return std::string(n.name);
  return std::to_string(v);
}

}  // namespace

std::string route_type_name(uint8_t type) { return lookup(kTypes, type); }
std::string route_protocol_name(uint8_t protocol) { return lookup(kProtocols, protocol); }
std::string route_scope_name(uint8_t scope) { return lookup(kScopes, scope); }

}  // namespace solnet
