#include "lib/ifconfig/keywords.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "lib/ifconfig/lif.h"
#include "lib/ifconfig/sol_flags.h"
#include "lib/ifconfig/usage.h"

using namespace solnet;

namespace lib_ifconfig_keywords_test {

TEST_CASE("every keyword of SunOS and net-tools is in the table, once, with help") {
  std::set<std::string_view> seen;
  for (const auto& k : ifconfig_keywords()) {
    CHECK_MESSAGE(seen.insert(k.info.name).second, k.info.name);
    CHECK_MESSAGE(!k.info.help.empty(), k.info.name);
    CHECK_MESSAGE(k.families != 0, k.info.name);
    CHECK_MESSAGE((k.op == IfOp::refused) == !k.refused.empty(), k.info.name);
    if (k.info.arg != Arg::none) CHECK_MESSAGE(!k.info.arg_name.empty(), k.info.name);
    // the completions know one- and two-word arguments; a second word follows a choice
    CHECK_MESSAGE((k.info.words == 1 || k.info.words == 2), k.info.name);
    if (k.info.words == 2) CHECK_MESSAGE((k.info.arg == Arg::required && !k.info.choices.empty()), k.info.name);
  }
  for (auto name : {"up", "down", "netmask", "broadcast", "-broadcast", "metric", "mtu", "arp", "-arp", "trailers",
                    "-trailers", "private", "-private", "ether", "plumb", "unplumb", "addif", "removeif", "add", "del",
                    "hw", "txqueuelen", "promisc", "-promisc", "allmulti", "-allmulti", "pointopoint",
                    "-pointopoint", "multicast", "configinfo"})
    CHECK_MESSAGE(find_ifconfig_keyword(name), name);
  // DHCP has its own parser (another form of the command).
  CHECK_FALSE(find_ifconfig_keyword("dhcp"));
  CHECK_FALSE(find_ifconfig_keyword("auto-dhcp"));
}

TEST_CASE("flag keywords come in pairs on real flags, and configinfo writes one of each") {
  for (const auto& k : ifconfig_keywords()) {
    if (k.op != IfOp::link_flag && k.op != IfOp::lif_flag) continue;
    CHECK_MESSAGE(!sflag::names(k.flag).empty(), k.info.name);
    if (k.op == IfOp::link_flag) CHECK_MESSAGE(link_iff_of(k.flag) != 0, k.info.name);
    int pair = 0, written = 0, refused = 0;
    for (const auto& o : ifconfig_keywords()) {
      if ((o.op != k.op && o.op != IfOp::refused) || o.flag != k.flag) continue;
      ++pair;
      written += o.configinfo;
      refused += o.op == IfOp::refused;
    }
    CHECK_MESSAGE(pair == 2, k.info.name);
    // the half of a pair Linux cannot do is refused; the other is the
    // default and never written
    CHECK_MESSAGE(written == (refused ? 0 : 1), k.info.name);
    if (refused) CHECK_MESSAGE(!k.on, k.info.name);
  }
}

TEST_CASE("did you mean finds mistyped keywords") {
  CHECK(closest_ifconfig_keyword("netmsk") == "netmask");
  CHECK(closest_ifconfig_keyword("braodcast") == "broadcast");
  CHECK(closest_ifconfig_keyword("-ar") == "-arp");
  CHECK(closest_ifconfig_keyword("unplum") == "unplumb");
  CHECK_FALSE(closest_ifconfig_keyword("zzzzzzzz"));
}

TEST_CASE("every keyword of illumos' ifconfig is in the table, mapped or refused with a reason") {
  // cmds[] of usr/src/cmd/cmd-inet/usr.sbin/ifconfig/ifconfig.c, but for
  // auto-revarp and usesrc (tested with their own forms) and dhcp (its own
  // parser)
  for (auto name :
       {"up", "down", "trailers", "-trailers", "arp", "-arp", "router", "-router", "private", "-private", "xmit",
        "-xmit", "-nud", "nud", "anycast", "-anycast", "local", "-local", "deprecated", "-deprecated", "preferred",
        "-preferred", "debug", "verbose", "netmask", "metric", "mtu", "index", "broadcast", "ipmp", "plumb",
        "unplumb", "subnet", "token", "tsrc", "tdst", "encr_auth_algs", "encr_algs", "auth_algs", "addif", "removeif",
        "modlist", "modinsert", "modremove", "failover", "-failover", "standby", "-standby", "failed", "-failed",
        "group", "configinfo", "encaplimit", "-encaplimit", "thoplimit", "set", "destination", "zone", "-zone",
        "all-zones", "ether"}) {
    const IfKeyword* k = find_ifconfig_keyword(name);
    REQUIRE_MESSAGE(k, name);
    if (k->op == IfOp::refused)
      CHECK(refusal_message(*k) == std::string(name) + ": not supported on this system (" + std::string(k->refused) + ")");
  }
}

TEST_CASE("keywords for IPv6 say so; IPv4's own stay IPv4's") {
  for (auto name : {"netmask", "broadcast", "-broadcast"})
    CHECK_MESSAGE(find_ifconfig_keyword(name)->families == kFamInet, name);
  // link flags, which net-tools applies whatever the family named
  for (auto name : {"arp", "-arp"}) CHECK_MESSAGE(find_ifconfig_keyword(name)->families == kFamAny, name);
  for (auto name : {"token", "deprecated", "-deprecated", "nud", "-nud", "preferred", "-preferred"})
    CHECK_MESSAGE(find_ifconfig_keyword(name)->families == kFamInet6, name);
  for (auto name : {"up", "addif", "removeif", "add", "del", "plumb", "unplumb", "mtu", "metric", "router", "set",
                    "destination", "subnet", "configinfo"})
    CHECK_MESSAGE(find_ifconfig_keyword(name)->families == kFamAny, name);
  CHECK(ifconfig_usage().find("[inet|inet6]") != std::string::npos);
  CHECK(ifconfig_usage().find("put the interface in an IPMP group (not supported on this system)\n") !=
        std::string::npos);
}

}  // namespace lib_ifconfig_keywords_test
