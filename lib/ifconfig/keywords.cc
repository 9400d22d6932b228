#include "lib/ifconfig/keywords.h"

#include <algorithm>
#include <vector>

#include "lib/ifconfig/keyword_args.h"
#include "lib/ifconfig/sol_flags.h"

namespace solnet {

namespace {

// Shorthands that keep each entry on a line or two.
constexpr KeywordInfo kw(std::string_view name, std::string_view help) {
  return {name, Arg::none, "", help, ArgKind::none, ""};
}
constexpr KeywordInfo kw(std::string_view name, std::string_view arg_name, ArgKind kind, std::string_view help,
                         Arg arg = Arg::required) {
  return {name, arg, arg_name, help, kind, ""};
}

// The order is the usage text's: addresses, state, flags, link, plumbing.
constexpr IfKeyword kKeywords[] = {
    {.info = kw("netmask", "MASK", ArgKind::netmask,
                "subnet mask: 0xffffff00, 255.255.255.0, /24, a networks(5) name, or + (netmasks(4))"),
     .op = IfOp::netmask, .parse = netmask_arg},
    {.info = kw("broadcast", "ADDR", ArgKind::host, "broadcast address; + computes it from the address and mask"),
     .op = IfOp::broadcast, .parse = broadcast_arg},
    {.info = kw("-broadcast", "no broadcast address"),
     .op = IfOp::no_broadcast, .parse = no_arg},
    {.info = kw("pointopoint", "ADDR", ArgKind::host, "address of the other end of a point-to-point link"),
     .op = IfOp::destination, .parse = address_arg, .families = kFamAny},
    {.info = kw("-pointopoint", "no point-to-point destination"),
     .op = IfOp::no_destination, .parse = no_arg, .families = kFamAny},
    // net-tools' other spellings: its SIOCSIFDSTADDR alone, and the synonyms.
    {.info = kw("dstaddr", "ADDR", ArgKind::host, "the same as pointopoint (net-tools)"),
     .op = IfOp::destination, .parse = address_arg, .families = kFamAny},
    {.info = kw("pointtopoint", "ADDR", ArgKind::host, "the same as pointopoint (net-tools)"),
     .op = IfOp::destination, .parse = address_arg, .families = kFamAny},
    {.info = kw("-pointtopoint", "the same as -pointopoint (net-tools)"),
     .op = IfOp::no_destination, .parse = no_arg, .families = kFamAny},
    {.info = kw("up", "mark the interface up (setting an address does too)"),
     .op = IfOp::up, .parse = no_arg, .families = kFamAny},
    {.info = kw("down", "mark the interface down; a logical one leaves the kernel"),
     .op = IfOp::down, .parse = no_arg, .families = kFamAny},
    {.info = kw("metric", "N", ArgKind::number, "metric of the interface's prefix route"),
     .op = IfOp::metric, .parse = count_arg, .families = kFamAny},
    {.info = kw("mtu", "N", ArgKind::number,
                "inet: the link's maximum transmission unit (at least 68); inet6: the IPv6 MTU (1280 up to the "
                "link's)"),
     .op = IfOp::mtu, .parse = mtu_arg, .families = kFamAny},
    // link flags whatever the family, as net-tools applies them
    {.info = kw("arp", "use ARP (the default)"),
     .op = IfOp::link_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::NOARP, .on = false},
    {.info = kw("-arp", "do not use ARP"),
     .op = IfOp::link_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::NOARP, .configinfo = true},
    {.info = kw("trailers", "allow trailer encapsulation (Linux ignores it)"),
     .op = IfOp::link_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::NOTRAILERS, .on = false},
    {.info = kw("-trailers", "no trailer encapsulation"),
     .op = IfOp::link_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::NOTRAILERS, .configinfo = true},
    {.info = kw("private", "do not advertise the interface to routing daemons"),
     .op = IfOp::lif_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::PRIVATE, .configinfo = true},
    {.info = kw("-private", "advertise the interface (the default)"),
     .op = IfOp::lif_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::PRIVATE, .on = false},
    {.info = kw("promisc", "receive every frame"),
     .op = IfOp::link_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::PROMISC, .configinfo = true},
    {.info = kw("-promisc", "receive only the frames for this link"),
     .op = IfOp::link_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::PROMISC, .on = false},
    {.info = kw("allmulti", "receive every multicast frame"),
     .op = IfOp::link_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::ALLMULTI, .configinfo = true},
    {.info = kw("-allmulti", "receive only the multicast groups joined"),
     .op = IfOp::link_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::ALLMULTI, .on = false},
    {.info = kw("multicast", "the link does multicast"),
     .op = IfOp::link_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::MULTICAST},
    {.info = kw("-multicast", "the link does no multicast"),
     .op = IfOp::link_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::MULTICAST, .on = false,
     .configinfo = true},
    {.info = kw("ether", "MAC", ArgKind::ether, "set the link's Ethernet address; alone, show it", Arg::optional),
     .op = IfOp::ether, .parse = ether_arg, .families = kFamAny, .physical_only = true},
    {.info = {"hw", Arg::required, "MAC", "set the link's hardware address (net-tools form)", ArgKind::ether,
              "ether", 2},
     // on a logical interface too: net-tools' kernel drops the unit (busybox
     // ifupdown's alias stanza with hwaddress)
     .op = IfOp::hw, .parse = hw_arg, .families = kFamAny},
    {.info = kw("txqueuelen", "N", ArgKind::number, "length of the link's transmit queue"),
     .op = IfOp::txqueuelen, .parse = txqueuelen_arg, .families = kFamAny},
    {.info = kw("addif", "ADDR[/LEN]", ArgKind::host, "new logical interface at the lowest free unit, down unless up follows"),
     .op = IfOp::addif, .parse = new_address_arg, .families = kFamAny, .physical_only = true},
    {.info = kw("removeif", "ADDR", ArgKind::host, "delete the logical interface that has the address"),
     .op = IfOp::removeif, .parse = address_arg, .families = kFamAny, .physical_only = true},
    {.info = kw("add", "ADDR[/LEN]", ArgKind::host, "add the address as a new logical interface, up (net-tools)"),
     .op = IfOp::add, .parse = prefixed_arg, .families = kFamAny, .physical_only = true},
    {.info = kw("del", "ADDR[/LEN]", ArgKind::host, "delete the address (net-tools)"),
     .op = IfOp::del, .parse = prefixed_arg, .families = kFamAny, .physical_only = true},
    {.info = kw("plumb", "enable the address family on the interface (inet6: disable_ipv6 0)"),
     .op = IfOp::plumb, .parse = no_arg, .families = kFamAny},
    {.info = kw("unplumb", "remove the address family from the interface (inet6: disable_ipv6 1); a logical one is "
                           "deleted"),
     .op = IfOp::unplumb, .parse = no_arg, .families = kFamAny},
    {.info = kw("auto-revarp", "obtain the address by RARP, then go on as if it had been given"),
     .op = IfOp::auto_revarp, .parse = no_arg},
    {.info = kw("usesrc", "IF|none", ArgKind::interface,
                "packets out of this interface take IF's address as source; none: the default"),
     .op = IfOp::usesrc, .parse = usesrc_arg, .families = kFamAny, .physical_only = true},
    {.info = {"media", Arg::required, "TYPE", "net-tools: link media; only auto (the driver's choice) on Linux",
              ArgKind::choice, "auto"},
     .op = IfOp::media, .parse = media_arg, .families = kFamAny},
    {.info = kw("configinfo", "print the ifconfig arguments that recreate the interface"),
     .op = IfOp::configinfo, .parse = no_arg, .families = kFamAny, .changes = false},

    // IPv6 and the rest of illumos' keywords. A keyword with no Linux
    // equivalent is refused whole (`refused` says why); the form of a pair
    // that asks for what Linux always does is accepted and changes nothing.
    {.info = kw("set", "ADDR[/LEN]", ArgKind::host, "set the address without marking the interface up"),
     .op = IfOp::set, .parse = new_address_arg, .families = kFamAny},
    {.info = kw("destination", "ADDR", ArgKind::host, "address of the other end of a point-to-point link"),
     .op = IfOp::destination, .parse = address_arg, .families = kFamAny},
    {.info = kw("subnet", "ADDR/LEN", ArgKind::address,
                "set the prefix length; the subnet must hold the address (Linux derives the subnet from it)"),
     .op = IfOp::subnet, .parse = subnet_arg, .families = kFamAny},
    {.info = kw("token", "::ID/64", ArgKind::address,
                "IPv6 interface identifier for autoconfigured addresses (router advertisements must be accepted)"),
     .op = IfOp::token, .parse = token_arg, .families = kFamInet6, .physical_only = true},
    {.info = kw("deprecated", "avoid the address as a source (preferred lifetime 0)"),
     .op = IfOp::lif_flag, .parse = no_arg, .families = kFamInet6, .flag = sflag::DEPRECATED, .configinfo = true},
    {.info = kw("-deprecated", "the address is preferred again (preferred lifetime = valid lifetime)"),
     .op = IfOp::lif_flag, .parse = no_arg, .families = kFamInet6, .flag = sflag::DEPRECATED, .on = false},
    {.info = kw("router", "forward packets received on the interface (per-interface forwarding sysctl)"),
     .op = IfOp::router, .parse = no_arg, .families = kFamAny, .flag = sflag::ROUTER, .configinfo = true},
    {.info = kw("-router", "do not forward packets received on the interface"),
     .op = IfOp::router, .parse = no_arg, .families = kFamAny, .flag = sflag::ROUTER, .on = false},
    {.info = kw("xmit", "the address may be a source address (always so on Linux)"),
     .op = IfOp::lif_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::NOXMIT, .on = false},
    {.info = kw("-xmit", "never use the address as a source address"),
     .op = IfOp::refused, .families = kFamAny, .flag = sflag::NOXMIT,
     .refused = "Linux has no per-address ban on sending"},
    {.info = kw("local", "the interface has a local address (always so on Linux)"),
     .op = IfOp::lif_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::NOLOCAL, .on = false},
    {.info = kw("-local", "a subnet without a local address"),
     .op = IfOp::refused, .families = kFamAny, .flag = sflag::NOLOCAL,
     .refused = "Linux has no subnet without a local address; add a route instead"},
    {.info = kw("nud", "neighbour unreachability detection (always on with Linux)"),
     .op = IfOp::lif_flag, .parse = no_arg, .families = kFamInet6, .flag = sflag::NONUD, .on = false},
    {.info = kw("-nud", "no neighbour unreachability detection"),
     .op = IfOp::refused, .families = kFamInet6, .flag = sflag::NONUD,
     .refused = "Linux cannot turn neighbour unreachability detection off per interface"},
    {.info = kw("anycast", "the address is an anycast address"),
     .op = IfOp::refused, .families = kFamAny, .flag = sflag::ANYCAST,
     .refused = "Linux joins anycast addresses per socket (IPV6_JOIN_ANYCAST)"},
    {.info = kw("-anycast", "the address is a unicast address (always so on Linux)"),
     .op = IfOp::lif_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::ANYCAST, .on = false},
    {.info = kw("preferred", "prefer the address as a source address"),
     .op = IfOp::refused, .families = kFamInet6, .flag = sflag::PREFERRED,
     .refused = "Linux's source address selection has no per-address preference"},
    {.info = kw("-preferred", "no preference among source addresses (always so on Linux)"),
     .op = IfOp::lif_flag, .parse = no_arg, .families = kFamInet6, .flag = sflag::PREFERRED, .on = false},
    {.info = kw("failover", "addresses move with IPMP failover (no IPMP on Linux: nothing to do)"),
     .op = IfOp::lif_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::NOFAILOVER, .on = false},
    {.info = kw("-failover", "an IPMP test address"),
     .op = IfOp::refused, .families = kFamAny, .flag = sflag::NOFAILOVER,
     .refused = "Linux has no IPMP; bonding and team work on links"},
    {.info = kw("standby", "an IPMP standby interface"),
     .op = IfOp::refused, .families = kFamAny, .flag = sflag::STANDBY,
     .refused = "Linux has no IPMP; bonding and team work on links"},
    {.info = kw("-standby", "not an IPMP standby interface (no IPMP on Linux: nothing to do)"),
     .op = IfOp::lif_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::STANDBY, .on = false},
    {.info = kw("failed", "mark the interface failed for IPMP"),
     .op = IfOp::refused, .families = kFamAny, .flag = sflag::FAILED,
     .refused = "Linux has no IPMP; bonding and team work on links"},
    {.info = kw("-failed", "the interface has not failed (no IPMP on Linux: nothing to do)"),
     .op = IfOp::lif_flag, .parse = no_arg, .families = kFamAny, .flag = sflag::FAILED, .on = false},
    {.info = kw("group", "NAME", ArgKind::word, "put the interface in an IPMP group"),
     .op = IfOp::refused, .families = kFamAny, .refused = "Linux has no IPMP; bonding and team work on links"},
    {.info = kw("ipmp", "create an IPMP interface"),
     .op = IfOp::refused, .families = kFamAny, .refused = "Linux has no IPMP; bonding and team work on links"},
    {.info = kw("index", "N", ArgKind::number, "change the interface index"),
     .op = IfOp::refused, .families = kFamAny, .refused = "Linux fixes an interface's index when the link is created"},
    {.info = kw("zone", "ZONE", ArgKind::word, "give the logical interface to a zone"),
     .op = IfOp::refused, .families = kFamAny,
     .refused = "Linux has network namespaces, which take whole links, not addresses"},
    {.info = kw("-zone", "give the logical interface back to the global zone"),
     .op = IfOp::refused, .families = kFamAny,
     .refused = "Linux has network namespaces, which take whole links, not addresses"},
    {.info = kw("all-zones", "share the logical interface with every zone"),
     .op = IfOp::refused, .families = kFamAny,
     .refused = "Linux has network namespaces, which take whole links, not addresses"},
    // The synopsis spells it "-all-zones": the same word.
    {.info = kw("-all-zones", "same as all-zones"),
     .op = IfOp::refused, .families = kFamAny,
     .refused = "Linux has network namespaces, which take whole links, not addresses"},
    {.info = kw("tsrc", "ADDR", ArgKind::host, "tunnel source address"),
     .op = IfOp::refused, .families = kFamAny,
     .refused = "tunnel endpoints belong to the tunnel link (ip link), which solnet does not configure"},
    {.info = kw("tdst", "ADDR", ArgKind::host, "tunnel destination address"),
     .op = IfOp::refused, .families = kFamAny,
     .refused = "tunnel endpoints belong to the tunnel link (ip link), which solnet does not configure"},
    {.info = kw("encaplimit", "N", ArgKind::number, "IPv6 tunnel encapsulation limit"),
     .op = IfOp::refused, .families = kFamAny,
     .refused = "tunnel settings belong to the tunnel link (ip link), which solnet does not configure"},
    {.info = kw("-encaplimit", "no IPv6 tunnel encapsulation limit"),
     .op = IfOp::refused, .families = kFamAny,
     .refused = "tunnel settings belong to the tunnel link (ip link), which solnet does not configure"},
    {.info = kw("thoplimit", "N", ArgKind::number, "tunnel hop limit"),
     .op = IfOp::refused, .families = kFamAny,
     .refused = "tunnel settings belong to the tunnel link (ip link), which solnet does not configure"},
    {.info = kw("auth_algs", "ALG", ArgKind::word, "tunnel IPsec AH authentication algorithm"),
     .op = IfOp::refused, .families = kFamAny,
     .refused = "Linux keeps IPsec policy in the xfrm database (ip xfrm), not on interfaces"},
    {.info = kw("encr_algs", "ALG", ArgKind::word, "tunnel IPsec ESP encryption algorithm"),
     .op = IfOp::refused, .families = kFamAny,
     .refused = "Linux keeps IPsec policy in the xfrm database (ip xfrm), not on interfaces"},
    {.info = kw("encr_auth_algs", "ALG", ArgKind::word, "tunnel IPsec ESP authentication algorithm"),
     .op = IfOp::refused, .families = kFamAny,
     .refused = "Linux keeps IPsec policy in the xfrm database (ip xfrm), not on interfaces"},
    {.info = kw("modlist", "list the STREAMS modules of the interface"),
     .op = IfOp::refused, .families = kFamAny, .refused = "Linux has no STREAMS modules"},
    {.info = kw("modinsert", "MODULE@POS", ArgKind::word, "push a STREAMS module"),
     .op = IfOp::refused, .families = kFamAny, .refused = "Linux has no STREAMS modules"},
    {.info = kw("modremove", "MODULE@POS", ArgKind::word, "pop a STREAMS module"),
     .op = IfOp::refused, .families = kFamAny, .refused = "Linux has no STREAMS modules"},
    {.info = kw("debug", "trace the commands ifconfig gives the kernel"),
     .op = IfOp::refused, .families = kFamAny, .refused = "solnet has no trace output"},
    {.info = kw("verbose", "print extra IPv6 detail"),
     .op = IfOp::refused, .families = kFamAny,
     .refused = "solnet has no verbose display; configinfo shows the IPv6 token"},
};

// Every row has its argument's parser, but the refused ones: they are
// refused before their argument is read.
static_assert(std::all_of(std::begin(kKeywords), std::end(kKeywords),
                          [](const IfKeyword& k) { return (k.parse == nullptr) == !k.refused.empty(); }));

std::vector<std::string_view> keyword_names() {
  std::vector<std::string_view> names;
  for (const auto& k : kKeywords) names.push_back(k.info.name);
  return names;
}

}  // namespace

std::span<const IfKeyword> ifconfig_keywords() { return kKeywords; }

const IfKeyword* find_ifconfig_keyword(std::string_view name) {
  for (const auto& k : kKeywords)
    if (k.info.name == name) return &k;
  return nullptr;
}

std::string refusal_message(const IfKeyword& k) {
  return std::string(k.info.name) + ": not supported on this system (" + std::string(k.refused) + ")";
}

std::optional<std::string_view> closest_ifconfig_keyword(std::string_view word) {
  static const std::vector<std::string_view> names = keyword_names();
  return closest_name(word, names);
}

}  // namespace solnet
