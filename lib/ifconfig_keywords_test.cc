#include "ifconfig_keywords.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "lif.h"
#include "sol_flags.h"

using namespace solnet;

TEST_CASE("every issue-4 keyword is in the table, once, with help") {
  std::set<std::string_view> seen;
  for (const auto& k : ifconfig_keywords()) {
    CHECK_MESSAGE(seen.insert(k.info.name).second, k.info.name);
    CHECK_MESSAGE(!k.info.help.empty(), k.info.name);
    CHECK_MESSAGE(k.families != 0, k.info.name);
    CHECK_MESSAGE((k.op == IfOp::refused) == !k.refused.empty(), k.info.name);
    if (k.info.arg != Arg::none) CHECK_MESSAGE(!k.info.arg_name.empty(), k.info.name);
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

TEST_CASE("usage lists every keyword with its argument") {
  std::string u = ifconfig_usage();
  CHECK(u.find("usage: ifconfig") == 0);
  for (const auto& k : ifconfig_keywords()) CHECK_MESSAGE(u.find("  " + usage_form(k.info)) != std::string::npos, k.info.name);
  CHECK(u.find("netmask MASK") != std::string::npos);
  CHECK(u.find("ether [MAC]") != std::string::npos);
}
