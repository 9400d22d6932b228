#include "ifconfig_keywords.h"

#include <algorithm>
#include <vector>

#include "sol_flags.h"

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
     .op = IfOp::netmask},
    {.info = kw("broadcast", "ADDR", ArgKind::host, "broadcast address; + computes it from the address and mask"),
     .op = IfOp::broadcast},
    {.info = kw("-broadcast", "no broadcast address"), .op = IfOp::no_broadcast},
    {.info = kw("pointopoint", "ADDR", ArgKind::host, "address of the other end of a point-to-point link"),
     .op = IfOp::destination},
    {.info = kw("-pointopoint", "no point-to-point destination"), .op = IfOp::no_destination},
    {.info = kw("up", "mark the interface up (setting an address does too)"), .op = IfOp::up},
    {.info = kw("down", "mark the interface down; a logical one leaves the kernel"), .op = IfOp::down},
    {.info = kw("metric", "N", ArgKind::number, "metric of the interface's prefix route"), .op = IfOp::metric},
    {.info = kw("mtu", "N", ArgKind::number, "maximum transmission unit of the link (at least 68)"),
     .op = IfOp::mtu},
    {.info = kw("arp", "use ARP (the default)"), .op = IfOp::link_flag, .flag = sflag::NOARP, .on = false},
    {.info = kw("-arp", "do not use ARP"), .op = IfOp::link_flag, .flag = sflag::NOARP, .configinfo = true},
    {.info = kw("trailers", "allow trailer encapsulation (Linux ignores it)"), .op = IfOp::link_flag,
     .flag = sflag::NOTRAILERS, .on = false},
    {.info = kw("-trailers", "no trailer encapsulation"), .op = IfOp::link_flag, .flag = sflag::NOTRAILERS,
     .configinfo = true},
    {.info = kw("private", "do not advertise the interface to routing daemons"), .op = IfOp::lif_flag,
     .flag = sflag::PRIVATE, .configinfo = true},
    {.info = kw("-private", "advertise the interface (the default)"), .op = IfOp::lif_flag, .flag = sflag::PRIVATE,
     .on = false},
    {.info = kw("promisc", "receive every frame"), .op = IfOp::link_flag, .flag = sflag::PROMISC,
     .configinfo = true},
    {.info = kw("-promisc", "receive only the frames for this link"), .op = IfOp::link_flag,
     .flag = sflag::PROMISC, .on = false},
    {.info = kw("allmulti", "receive every multicast frame"), .op = IfOp::link_flag, .flag = sflag::ALLMULTI,
     .configinfo = true},
    {.info = kw("-allmulti", "receive only the multicast groups joined"), .op = IfOp::link_flag,
     .flag = sflag::ALLMULTI, .on = false},
    {.info = kw("multicast", "the link does multicast"), .op = IfOp::link_flag, .flag = sflag::MULTICAST},
    {.info = kw("-multicast", "the link does no multicast"), .op = IfOp::link_flag, .flag = sflag::MULTICAST,
     .on = false, .configinfo = true},
    {.info = kw("ether", "MAC", ArgKind::ether, "set the link's Ethernet address; alone, show it", Arg::optional),
     .op = IfOp::ether, .physical_only = true},
    {.info = {"hw", Arg::required, "ether MAC", "set the link's hardware address (net-tools form)", ArgKind::choice,
              "ether"},
     .op = IfOp::hw, .physical_only = true},
    {.info = kw("txqueuelen", "N", ArgKind::number, "length of the link's transmit queue"), .op = IfOp::txqueuelen},
    {.info = kw("addif", "ADDR[/LEN]", ArgKind::host, "new logical interface at the lowest free unit, down unless up follows"),
     .op = IfOp::addif, .physical_only = true},
    {.info = kw("removeif", "ADDR", ArgKind::host, "delete the logical interface that has the address"),
     .op = IfOp::removeif, .physical_only = true},
    {.info = kw("add", "ADDR[/LEN]", ArgKind::host, "add the address as a new logical interface, up (net-tools)"),
     .op = IfOp::add, .physical_only = true},
    {.info = kw("del", "ADDR[/LEN]", ArgKind::host, "delete the address (net-tools)"), .op = IfOp::del,
     .physical_only = true},
    {.info = kw("plumb", "enable IPv4 on the interface"), .op = IfOp::plumb},
    {.info = kw("unplumb", "remove IPv4 from the interface; a logical one is deleted"), .op = IfOp::unplumb},
    // issue 8
    {.info = kw("auto-revarp", "obtain the address by RARP, then go on as if it had been given"),
     .op = IfOp::auto_revarp},
    {.info = kw("usesrc", "IF|none", ArgKind::interface,
                "packets out of this interface take IF's address as source; none: the default"),
     .op = IfOp::usesrc, .physical_only = true},
    {.info = kw("configinfo", "print the ifconfig arguments that recreate the interface"), .op = IfOp::configinfo,
     .changes = false},
};

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

std::optional<std::string_view> closest_ifconfig_keyword(std::string_view word) {
  static const std::vector<std::string_view> names = keyword_names();
  return closest_name(word, names);
}

std::string ifconfig_usage() {
  std::string s =
      "usage: ifconfig [-a[4|6][u|d][D]] | interface[:unit] [inet]\n"
      "                [address[/prefix_length] [dest_address]] [keyword ...]\n"
      "keywords:\n";
  std::size_t width = 0;
  for (const auto& k : kKeywords) width = std::max(width, usage_form(k.info).size());
  for (const auto& k : kKeywords) {
    std::string form = usage_form(k.info);
    s += "  " + form + std::string(width + 2 - form.size(), ' ') + std::string(k.info.help) + "\n";
  }
  return s;
}

}  // namespace solnet
