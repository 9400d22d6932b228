#include "lib/ifconfig/parse.h"

#include <sys/socket.h>

#include <doctest/doctest.h>

#include "lib/common/fake_names.h"

using namespace solnet;

namespace lib_ifconfig_parse_test {

namespace {

struct P {
  fixture::FakeNames r;
  P() {
    r.hosts = {{"192.0.2.1", "gw"}, {"255.255.255.0", "mask24"}, {"10.1.2.3", "web"}};
    // networks(5) numbers: "loopback 127", "classb 255.255", "holes 255.0.255"
    r.nets = {{127, "loopback"}, {0xffff, "classb"}, {0xff00ff, "holes"}};
  }
  Result<IfCommand> parse(std::vector<std::string> w, int family = 0) { return parse_ifconfig_command(w, family, r); }
  IfCommand ok(std::vector<std::string> w) {
    auto c = parse(std::move(w));
    REQUIRE_MESSAGE(c, (c ? "" : c.error().message));
    return *c;
  }
  std::string err(std::vector<std::string> w, int family = 0) {
    auto c = parse(std::move(w), family);
    REQUIRE_FALSE(c);
    return c.error().message;
  }
};

InetAddr ip(const char* s) { return *parse_inet(s); }

}  // namespace

TEST_CASE("address words: the address, then the destination, never a third") {
  P p;
  auto c = p.ok({"10.0.0.5/24", "10.0.0.6"});
  REQUIRE(c.actions.size() == 2);
  CHECK(c.actions[0].op == IfOp::address);
  CHECK(c.actions[0].addr == ip("10.0.0.5"));
  CHECK(c.actions[0].prefix == 24);
  CHECK(c.actions[1].op == IfOp::destination);
  CHECK(c.actions[1].addr == ip("10.0.0.6"));
  CHECK(c.changes);
  CHECK(p.err({"10.0.0.5", "10.0.0.6", "10.0.0.7"}) == "cannot configure more than two addresses in one command");
  CHECK(p.err({"10.0.0.5", "10.0.0.6/24"}) == "10.0.0.6/24: unexpected '/'");
  CHECK(p.err({"10.0.0.300"}) == "10.0.0.300: bad address");
  CHECK(p.err({"10.0.0.1/33"}) == "10.0.0.1/33: bad prefix length");
  CHECK(p.err({"10.0.0.1", "0"}) == "0: bad address");
}

TEST_CASE("host names resolve through the resolver; 0 is no address; /LEN alone is a mask") {
  P p;
  auto c = p.ok({"web", "gw"});
  CHECK(c.actions[0].addr == ip("10.1.2.3"));
  CHECK(c.actions[1].addr == ip("192.0.2.1"));
  CHECK(p.ok({"web/16"}).actions[0].prefix == 16);
  auto z = p.ok({"0", "down"});
  CHECK(z.actions[0].op == IfOp::address);
  CHECK(z.actions[0].addr.is_zero());
  CHECK(p.ok({"0.0.0.0"}).actions[0].addr.is_zero());
  auto m = p.ok({"/20"});
  CHECK(m.actions[0].op == IfOp::netmask);
  CHECK(m.actions[0].prefix == 20);
  CHECK(p.err({"nosuchhost"}) == "nosuchhost: unknown keyword or host name");
}

TEST_CASE("inet_aton's forms and net-tools' default are IPv4 addresses") {
  P p;
  CHECK(p.ok({"1.2.3"}).actions[0].addr == ip("1.2.0.3"));
  CHECK(p.ok({"5"}).actions[0].addr == ip("0.0.0.5"));
  CHECK(p.ok({"0300.0250.062.02"}).actions[0].addr == ip("192.168.50.2"));
  CHECK(p.ok({"192.168.12850/24"}).actions[0].addr == ip("192.168.50.50"));
  CHECK(p.ok({"default"}).actions[0].addr.is_zero());
  CHECK(p.err({"1.2.3.4.5"}) == "1.2.3.4.5: bad address");
}

TEST_CASE("unknown keywords: did you mean, without asking the resolver") {
  P p;
  CHECK(p.err({"netmsk", "255.255.255.0"}) == "netmsk: unknown keyword (did you mean netmask?)");
  CHECK(p.err({"-ar"}) == "-ar: unknown keyword (did you mean -arp?)");
  CHECK(p.err({"-frobnicate"}) == "-frobnicate: unknown keyword");
  CHECK(p.err({"up\x01"}) == "up\\x01: unknown keyword (did you mean up?)");
  CHECK(p.err({"a\tb"}) == "a\\x09b: unknown keyword");
  CHECK(p.r.lookups == 0);
  CHECK(p.err({"up", ""}) == "empty argument");
  // valid words then a bad one: nothing is returned
  CHECK(p.err({"10.0.0.1", "netmask", "+", "up", "bogus!"}) == "bogus!: unknown keyword");
}

TEST_CASE("netmask: hex, dotted, /LEN, names, +") {
  P p;
  CHECK(p.ok({"netmask", "0xffffff00"}).actions[0].prefix == 24);
  CHECK(p.ok({"netmask", "255.255.0.0"}).actions[0].prefix == 16);
  CHECK(p.ok({"netmask", "/12"}).actions[0].prefix == 12);
  CHECK(p.ok({"netmask", "mask24"}).actions[0].prefix == 24);
  CHECK(p.ok({"netmask", "classb"}).actions[0].prefix == 16);
  auto plus = p.ok({"netmask", "+"});
  CHECK(plus.actions[0].plus);
  CHECK(plus.needs_netmasks);
  CHECK_FALSE(p.ok({"netmask", "/8"}).needs_netmasks);
  CHECK(p.err({"netmask"}) == "no argument for netmask");
  CHECK(p.err({"netmask", ""}) == "empty argument for netmask");
  CHECK(p.err({"netmask", "255.0.255.0"}) == "255.0.255.0: non-contiguous netmask");
  CHECK(p.err({"netmask", "holes"}) == "holes: non-contiguous netmask");
  CHECK(p.err({"netmask", "0xfffffffff"}) == "0xfffffffff: bad netmask");
  CHECK(p.err({"netmask", "nosuch"}) == "nosuch: bad netmask");
}

TEST_CASE("the netmask of a command that sets an address is the last one, wherever it stands") {
  P p;
  auto c = p.ok({"10.0.0.1", "broadcast", "+", "netmask", "/8", "netmask", "+"});
  REQUIRE(c.address_netmask);
  CHECK(*c.address_netmask == 3);
  CHECK_FALSE(p.ok({"broadcast", "+", "netmask", "+"}).address_netmask);
  CHECK(p.ok({"addif", "10.0.0.9", "netmask", "/8"}).address_netmask == std::optional<std::size_t>(1));
}

TEST_CASE("broadcast, -broadcast, pointopoint, -pointopoint") {
  P p;
  CHECK(p.ok({"broadcast", "10.255.255.255"}).actions[0].addr == ip("10.255.255.255"));
  CHECK(p.ok({"broadcast", "+"}).actions[0].plus);
  CHECK(p.ok({"broadcast", "gw"}).actions[0].addr == ip("192.0.2.1"));
  CHECK(p.ok({"-broadcast"}).actions[0].op == IfOp::no_broadcast);
  CHECK(p.err({"broadcast"}) == "no argument for broadcast");
  CHECK(p.ok({"broadcast", "1.2.3"}).actions[0].addr == ip("1.2.0.3"));  // inet_aton
  CHECK(p.err({"broadcast", "1.2.3.x"}) == "1.2.3.x: bad address");
  auto pp = p.ok({"pointopoint", "10.9.9.9"});
  CHECK(pp.actions[0].op == IfOp::destination);
  CHECK(pp.actions[0].addr == ip("10.9.9.9"));
  CHECK(p.ok({"-pointopoint"}).actions[0].op == IfOp::no_destination);
  CHECK(p.err({"pointopoint"}) == "no argument for pointopoint");
}

TEST_CASE("numbers: metric, mtu, txqueuelen") {
  P p;
  CHECK(p.ok({"metric", "7"}).actions[0].number == 7);
  CHECK(p.ok({"metric", "4294967295"}).actions[0].number == 4294967295u);
  CHECK(p.ok({"mtu", "68"}).actions[0].number == 68);
  CHECK(p.ok({"txqueuelen", "0"}).actions[0].number == 0);
  // txqueuelen as net-tools' strtoul(s, NULL, 0) reads it; mtu as atoi
  CHECK(p.ok({"txqueuelen", "0x20"}).actions[0].number == 32);
  CHECK(p.ok({"txqueuelen", "040"}).actions[0].number == 32);
  CHECK(p.err({"txqueuelen", "0x"}) == "txqueuelen 0x: not a number");
  CHECK(p.ok({"mtu", "01500"}).actions[0].number == 1500);
  CHECK(p.err({"metric", "abc"}) == "metric abc: not a number");
  CHECK(p.err({"metric", "-1"}) == "metric -1: not a number");
  CHECK(p.err({"metric", "4294967296"}) == "metric 4294967296: out of range");
  CHECK(p.err({"metric", "99999999999999999999999"}) == "metric 99999999999999999999999: out of range");
  CHECK(p.err({"mtu", "67"}) == "mtu 67: must be at least 68");
  CHECK(p.err({"mtu", "0x100"}) == "mtu 0x100: not a number");
  CHECK(p.err({"mtu", "3000000000"}) == "mtu 3000000000: out of range");
  CHECK(p.err({"mtu"}) == "no argument for mtu");
  CHECK(p.err({"txqueuelen", "1k"}) == "txqueuelen 1k: not a number");
}

TEST_CASE("flag keywords") {
  P p;
  auto c = p.ok({"up", "down", "-arp", "arp", "-trailers", "private", "-private", "promisc", "-promisc", "allmulti",
                 "-allmulti", "multicast", "-multicast", "trailers"});
  REQUIRE(c.actions.size() == 14);
  CHECK(c.actions[0].op == IfOp::up);
  CHECK(c.actions[1].op == IfOp::down);
  CHECK(c.actions[2].op == IfOp::link_flag);
  CHECK(c.actions[2].keyword->on);
  CHECK_FALSE(c.actions[3].keyword->on);
  CHECK(c.actions[5].op == IfOp::lif_flag);
  CHECK(c.changes);
}

TEST_CASE("ether and hw ether") {
  P p;
  auto e = p.ok({"ether", "aa:1:2:3:4:5"});
  REQUIRE(e.actions[0].hw);
  CHECK(*e.actions[0].hw == HwAddr{0xaa, 1, 2, 3, 4, 5});
  CHECK(e.changes);
  auto show = p.ok({"ether"});
  CHECK_FALSE(show.actions[0].hw);
  CHECK_FALSE(show.changes);
  auto show_then = p.ok({"ether", "configinfo"});
  CHECK(show_then.actions.size() == 2);
  CHECK_FALSE(show_then.changes);
  CHECK(p.err({"ether", "zz:1:2:3:4:5"}) == "zz:1:2:3:4:5: bad Ethernet address");
  CHECK(*p.ok({"hw", "ether", "02:00:00:00:00:01"}).actions[0].hw == HwAddr{2, 0, 0, 0, 0, 1});
  CHECK(p.err({"hw"}) == "no argument for hw");
  CHECK(p.err({"hw", "ax25", "x"}) == "hw ax25: unsupported hardware class (only ether)");
  CHECK(p.err({"hw", "ether"}) == "no argument for hw ether");
  CHECK(p.err({"hw", "ether", "1:2"}) == "1:2: bad Ethernet address");
}

TEST_CASE("media: auto, in any case, changes nothing; other types are refused") {
  P p;
  for (const char* w : {"auto", "AUTO", "Auto"}) {
    auto c = p.ok({"media", w, "up"});
    REQUIRE(c.actions.size() == 2);
    CHECK(c.actions[0].op == IfOp::media);
  }
  CHECK(p.err({"media"}) == "no argument for media");
  CHECK(p.err({"media", "10baseT"}) ==
        "media 10baseT: not supported on this system (Linux sets link speed and duplex with ethtool)");
  CHECK(p.err({"media", "auto\x01"}) ==
        "media auto\\x01: not supported on this system (Linux sets link speed and duplex with ethtool)");
  CHECK(p.parse({"media", "auto"}, AF_INET6));
}

TEST_CASE("addif, removeif, add, del") {
  P p;
  auto a = p.ok({"addif", "10.0.0.9/24", "10.0.0.10", "up"});
  REQUIRE(a.actions.size() == 3);
  CHECK(a.actions[0].op == IfOp::addif);
  CHECK(a.actions[0].prefix == 24);
  CHECK(a.actions[1].op == IfOp::destination);  // addif's address came first
  CHECK(a.actions[2].op == IfOp::up);
  CHECK(p.ok({"addif", "0"}).actions[0].addr.is_zero());
  CHECK(p.err({"addif"}) == "no argument for addif");
  CHECK(p.err({"addif", "10.0.0.9", "10.0.0.10", "10.0.0.11"}) ==
        "cannot configure more than two addresses in one command");
  // a further addif starts again from the physical interface
  CHECK(p.ok({"addif", "10.0.0.9", "addif", "10.0.0.10", "10.0.0.11"}).actions.size() == 3);
  CHECK(p.ok({"removeif", "10.0.0.9"}).actions[0].addr == ip("10.0.0.9"));
  CHECK(p.err({"removeif", "10.0.0.9/24"}) == "10.0.0.9/24: unexpected '/'");
  CHECK(p.err({"removeif", "0"}) == "0: bad address");
  CHECK(p.ok({"add", "10.0.0.9/28"}).actions[0].prefix == 28);
  CHECK(p.err({"add", "0"}) == "0: bad address");
  CHECK(p.ok({"del", "web"}).actions[0].addr == ip("10.1.2.3"));
  CHECK(p.err({"del"}) == "no argument for del");
}

TEST_CASE("plumb, unplumb, configinfo") {
  P p;
  CHECK(p.ok({"plumb"}).actions[0].op == IfOp::plumb);
  CHECK(p.ok({"unplumb"}).actions[0].op == IfOp::unplumb);
  auto c = p.ok({"configinfo"});
  CHECK(c.actions[0].op == IfOp::configinfo);
  CHECK_FALSE(c.changes);
}

TEST_CASE("IPv4-only keywords are refused for inet6") {
  P p;
  CHECK(p.err({"netmask", "+"}, AF_INET6) == "netmask: not supported for inet6");
  CHECK(p.err({"broadcast", "+"}, AF_INET6) == "broadcast: not supported for inet6");
  CHECK(p.ok({"-arp"}).actions.size() == 1);  // a link flag, whatever the family (net-tools)
  CHECK(p.ok({"up"}).actions.size() == 1);
}

TEST_CASE("display-only commands are known from the words alone") {
  using V = std::vector<std::string>;
  CHECK(ifconfig_words_display_only(V{"configinfo"}));
  CHECK(ifconfig_words_display_only(V{"ether"}));
  CHECK(ifconfig_words_display_only(V{"ether", "configinfo"}));
  CHECK_FALSE(ifconfig_words_display_only(V{"ether", "aa:1:2:3:4:5"}));
  CHECK_FALSE(ifconfig_words_display_only(V{"up"}));
  CHECK_FALSE(ifconfig_words_display_only(V{"netmsk"}));
  CHECK_FALSE(ifconfig_words_display_only(V{}));
}

TEST_CASE("inet6: ADDR/LEN, \"::\" and \"0\", host names through the resolver") {
  P p;
  p.r.hosts["2001:db8::80"] = "web6";
  auto c = p.parse({"2001:db8::1/64", "fe80::2"}, AF_INET6);
  REQUIRE(c);
  REQUIRE(c->actions.size() == 2);
  CHECK(c->actions[0].addr == ip("2001:db8::1"));
  CHECK(c->actions[0].prefix == 64);
  CHECK(c->actions[1].op == IfOp::destination);
  CHECK(p.parse({"web6"}, AF_INET6)->actions[0].addr == ip("2001:db8::80"));
  CHECK(p.parse({"::"}, AF_INET6)->actions[0].addr.is_zero());
  CHECK(p.parse({"0"}, AF_INET6)->actions[0].addr.is_zero());
  CHECK(p.parse({"addif", "2001:db8::5/128"}, AF_INET6)->actions[0].prefix == 128);
  CHECK(p.parse({"/48"}, AF_INET6)->actions[0].prefix == 48);
  CHECK(p.err({"2001:db8::1/129"}, AF_INET6) == "2001:db8::1/129: bad prefix length");
  CHECK(p.err({"2001:db8::g"}, AF_INET6) == "2001:db8::g: unknown keyword");
  CHECK(p.err({"2001:db8:::1"}, AF_INET6) == "2001:db8:::1: bad address");
  CHECK(p.err({"10.0.0.1"}, AF_INET6) == "10.0.0.1: bad address");
  // an IPv6 address for inet is a bad address, not an unknown keyword
  CHECK(p.err({"2001:db8::1"}) == "2001:db8::1: bad address");
  CHECK(p.err({"removeif", "2001:db8::1/64"}, AF_INET6) == "2001:db8::1/64: unexpected '/'");
}

TEST_CASE("inet6 mtu is at least 1280") {
  P p;
  CHECK(p.err({"mtu", "1279"}, AF_INET6) == "mtu 1279: must be at least 1280");
  CHECK(p.parse({"mtu", "1280"}, AF_INET6)->actions[0].number == 1280);
  CHECK(p.ok({"mtu", "68"}).actions[0].number == 68);
}

TEST_CASE("set: an address without up; the next address word is the destination") {
  P p;
  auto c = p.ok({"set", "10.0.0.5/24", "10.0.0.6"});
  REQUIRE(c.actions.size() == 2);
  CHECK(c.actions[0].op == IfOp::set);
  CHECK(c.actions[0].prefix == 24);
  CHECK(c.actions[1].op == IfOp::destination);
  CHECK(c.address_netmask == std::nullopt);
  CHECK(p.ok({"set", "10.0.0.5", "netmask", "+"}).address_netmask == 1u);
  CHECK(p.err({"set"}) == "no argument for set");
  CHECK(p.ok({"destination", "10.0.0.9"}).actions[0].op == IfOp::destination);
}

TEST_CASE("subnet takes ADDR/LEN") {
  P p;
  auto c = p.ok({"subnet", "10.1.0.0/16"});
  CHECK(c.actions[0].op == IfOp::subnet);
  CHECK(c.actions[0].prefix == 16);
  CHECK(p.err({"subnet", "10.1.0.0"}) == "subnet 10.1.0.0: missing prefix length");
  CHECK(p.err({"subnet", "10.1.0.0/40"}) == "10.1.0.0/40: bad prefix length");
  CHECK(p.parse({"subnet", "2001:db8::/48"}, AF_INET6)->actions[0].prefix == 48);
}

TEST_CASE("token ::ID/64, inet6 only, 64 bits") {
  P p;
  auto c = p.parse({"token", "::1:2/64"}, AF_INET6);
  REQUIRE(c);
  CHECK(c->actions[0].addr == ip("::1:2"));
  CHECK(p.err({"token", "::1"}, AF_INET6) == "token ::1: missing prefix length (/64)");
  CHECK(p.err({"token", "::1/80"}, AF_INET6) == "token ::1/80: Linux tokens are 64-bit interface identifiers (/64)");
  CHECK(p.err({"token", "2001::1/64"}, AF_INET6) == "token 2001::1/64: the first 64 bits must be zero (::ID/64)");
  CHECK(p.err({"token", "nonsense/64"}, AF_INET6) == "token nonsense/64: bad address");
  CHECK(p.err({"token", "::1/64"}) == "token: not supported for inet");
}

TEST_CASE("keywords Linux cannot do are refused with the reason, before their argument") {
  P p;
  CHECK(p.err({"up", "group", "ipmp0"}) ==
        "group: not supported on this system (Linux has no IPMP; bonding and team work on links)");
  CHECK(p.err({"standby"}) == "standby: not supported on this system (Linux has no IPMP; bonding and team work on links)");
  CHECK(p.err({"index"}) == "index: not supported on this system (Linux fixes an interface's index when the link is "
                             "created)");
  CHECK(p.err({"-xmit"}) == "-xmit: not supported on this system (Linux has no per-address ban on sending)");
  CHECK(p.err({"-nud"}, AF_INET6) ==
        "-nud: not supported on this system (Linux cannot turn neighbour unreachability detection off per interface)");
  // the family is checked first, as illumos does
  CHECK(p.err({"-nud"}) == "-nud: not supported for inet");
  CHECK(p.err({"deprecated"}) == "deprecated: not supported for inet");
  // the default half of a pair is accepted
  for (auto w : {"xmit", "local", "-anycast", "failover", "-standby", "-failed"}) CHECK_MESSAGE(p.ok({w}).changes, w);
  CHECK(p.parse({"nud", "-preferred", "-deprecated", "deprecated"}, AF_INET6));
}

TEST_CASE("router takes no argument, in both families") {
  P p;
  CHECK(p.ok({"router"}).actions[0].op == IfOp::router);
  CHECK(p.parse({"-router"}, AF_INET6)->actions[0].keyword->on == false);
}

}  // namespace lib_ifconfig_parse_test
