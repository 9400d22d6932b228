#include "lib/ifconfig/usesrc.h"

#include <linux/rtnetlink.h>

#include <doctest/doctest.h>

#include "lib/common/fake_names.h"
#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/fold.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_usesrc_test {

TEST_CASE("usesrc records: one per link, by index and name; srcof lists the users of a link") {
  StoreDoc doc;
  const Link v0 = ether_link(2, "v0"), v1 = ether_link(3, "v1"), vni = ether_link(4, "vni0");
  set_usesrc(doc, v0, &vni, AF_INET);
  set_usesrc(doc, v1, &vni, AF_INET);
  REQUIRE(find_usesrc(doc, 2, "v0", AF_INET));
  CHECK(find_usesrc(doc, 2, "v0", AF_INET)->source_name == "vni0");
  CHECK_FALSE(find_usesrc(doc, 2, "other", AF_INET));
  CHECK(srcof_names(doc, 4, "vni0", AF_INET) == std::vector<std::string>{"v0", "v1"});
  set_usesrc(doc, v0, &v1, AF_INET);  // replaces
  CHECK(doc.usesrc.size() == 2);
  CHECK(srcof_names(doc, 4, "vni0", AF_INET) == std::vector<std::string>{"v1"});
  set_usesrc(doc, v1, nullptr, AF_INET);
  CHECK(srcof_names(doc, 4, "vni0", AF_INET).empty());
  CHECK(doc.usesrc.size() == 1);
}

TEST_CASE("the address a source interface lends: its physical interface's, else its first primary") {
  CHECK(usesrc_address("vni0", {v4(4, "10.0.0.9", 24, "vni0:1"), v4(4, "10.0.0.1", 24, "vni0")}, AF_INET) ==
        ip("10.0.0.1"));
  CHECK(usesrc_address("vni0", {secondary(v4(4, "10.0.0.9", 24, "x")), v4(4, "10.1.0.1", 24, "y")}, AF_INET) ==
        ip("10.1.0.1"));
  CHECK_FALSE(usesrc_address("vni0", {}, AF_INET));
}

TEST_CASE("the routes a change touches: users of changed links, of their sources, and changed records") {
  const Link v0 = ether_link(2, "v0"), v1 = ether_link(3, "v1"), vni = ether_link(4, "vni0");
  StoreDoc before;
  set_usesrc(before, v0, &vni, AF_INET);
  set_usesrc(before, v1, &vni, AF_INET);
  StoreDoc after = before;
  // nothing changed: nobody
  CHECK(usesrc_touched(before, after, {}).empty());
  // the source's addresses change: both users, with their source
  auto t = usesrc_touched(before, after, {4});
  REQUIRE(t.size() == 2);
  CHECK(t[0].index == 2);
  CHECK(t[0].source_index == 4);
  CHECK(t[0].source_name == "vni0");
  // a user's own addresses change: that one
  CHECK(usesrc_touched(before, after, {3}).size() == 1);
  // "usesrc none": that one, with no source
  set_usesrc(after, v0, nullptr, AF_INET);
  t = usesrc_touched(before, after, {});
  REQUIRE(t.size() == 1);
  CHECK(t[0].index == 2);
  CHECK(t[0].source_index == 0);
}

TEST_CASE("routes out of the link take the source; put back, kernel prefix routes get their own address") {
  const std::vector<Addr> mine = {v4(2, "10.0.0.1", 24, "v0"), secondary(v4(2, "10.0.0.2", 24, "v0:1"))};
  Route local = prefix_route4("10.0.0.1", 32, 2, "10.0.0.1");
  local.table = RT_TABLE_LOCAL;
  local.type = RTN_LOCAL;
  Route multipath = route4("10.7.0.0", 16, nullptr, 2);
  multipath.multipath = {Nexthop{ip("10.0.0.254"), 2, ""}, Nexthop{ip("10.0.0.253"), 2, ""}};
  const std::vector<Route> routes = {
      prefix_route4("10.0.0.0", 24, 2, "10.0.0.1"),
      route4("0.0.0.0", 0, nullptr, 2),
      route4("10.9.0.0", 16, nullptr, 3),  // another link
      local,
      multipath,
  };
  auto to = repointed_routes(routes, 2, ip("192.0.2.1"), mine, AF_INET);
  REQUIRE(to.size() == 2);
  CHECK(to[0].dst == ip("10.0.0.0"));
  CHECK(to[0].prefsrc == ip("192.0.2.1"));
  CHECK(to[1].dst_len == 0);
  CHECK(to[1].prefsrc == ip("192.0.2.1"));
  // pointed, then put back: each to its default
  auto back = repointed_routes(to, 2, std::nullopt, mine, AF_INET);
  REQUIRE(back.size() == 2);
  CHECK(back[0].prefsrc == ip("10.0.0.1"));
  CHECK_FALSE(back[1].prefsrc);
  // already right: nothing to do
  CHECK(repointed_routes(routes, 2, std::nullopt, mine, AF_INET).empty());
}

namespace {

Result<IfCommand> parse_words(std::vector<std::string> words, int family = 0) {
  FakeNames names;
  return parse_ifconfig_command(words, family, names);
}

// The usesrc a command leaves link v0 with, or the fold's error.
Result<std::string> fold_usesrc(std::vector<std::string> words, std::optional<unsigned> unit = std::nullopt,
                                std::string was = "") {
  auto cmd = parse_words(std::move(words));
  REQUIRE_MESSAGE(cmd, (cmd ? "" : cmd.error().message));
  LinkConf c = build_link_conf(ether_link(2, "v0"), {v4(2, "10.0.0.1", 24, "v0")}, nullptr);
  c.usesrc = was;
  FoldNotes notes;
  if (auto st = fold_command(c, unit, false, *cmd, {}, notes); !st) return st.error();
  return c.usesrc;
}

}  // namespace

TEST_CASE("usesrc parses a physical interface or none") {
  auto c = parse_words({"usesrc", "vni0"});
  REQUIRE(c);
  REQUIRE(c->actions.size() == 1);
  CHECK(c->actions[0].op == IfOp::usesrc);
  CHECK(c->actions[0].ifname == "vni0");
  CHECK(c->changes);
  c = parse_words({"usesrc", "none"});
  REQUIRE(c);
  CHECK(c->actions[0].ifname.empty());
  CHECK(parse_words({"usesrc"}).error().message == "no argument for usesrc");
  CHECK(parse_words({"usesrc", "vni0:1"}).error().message == "usesrc vni0:1: cannot specify a logical interface");
  CHECK(parse_words({"usesrc", "a b"}).error().message == "a b: bad interface name");
  // illumos Example 9: "ifconfig eth0 inet6 usesrc vni0"
  REQUIRE(parse_words({"usesrc", "vni0"}, AF_INET6));
  CHECK(parse_words({"usesrc", "vni0"}, AF_INET6)->actions[0].ifname == "vni0");
}

TEST_CASE("usesrc folds into the link's source interface, physical interfaces only, never itself") {
  CHECK(*fold_usesrc({"usesrc", "vni0"}) == "vni0");
  CHECK(fold_usesrc({"usesrc", "none"}, std::nullopt, "vni0")->empty());
  // left to right
  CHECK(*fold_usesrc({"usesrc", "vni0", "usesrc", "vni1"}) == "vni1");
  // a command without it keeps what the link has
  CHECK(*fold_usesrc({"up"}, std::nullopt, "vni0") == "vni0");
  CHECK(fold_usesrc({"usesrc", "vni0"}, 1u).error().message == "v0:1: usesrc applies to physical interfaces only");
  CHECK(fold_usesrc({"usesrc", "v0"}).error().message == "v0: cannot specify the same interface for usesrc");
}

TEST_CASE("auto-revarp parses as the address of the command; its netmask applies to it") {
  auto c = parse_words({"auto-revarp", "broadcast", "+", "netmask", "255.255.0.0", "up"});
  REQUIRE(c);
  CHECK(c->actions[0].op == IfOp::auto_revarp);
  CHECK(c->address_netmask == 2u);
  CHECK(parse_words({"auto-revarp"}, AF_INET6).error().message == "auto-revarp: not supported for inet6");
  // folded with the address RARP gave, as an address word
  c->actions[0].addr = ip("172.16.9.9");
  LinkConf conf = build_link_conf(ether_link(2, "v0", IFF_BROADCAST), {}, nullptr);
  FoldNotes notes;
  REQUIRE(fold_command(conf, std::nullopt, false, *c, {}, notes));
  CHECK(conf.physical().address == ip("172.16.9.9"));
  CHECK(conf.physical().prefixlen == 16);
  CHECK(conf.physical().broadcast == ip("172.16.255.255"));
  CHECK((conf.link.flags & IFF_UP) != 0);
}

}  // namespace lib_ifconfig_usesrc_test
