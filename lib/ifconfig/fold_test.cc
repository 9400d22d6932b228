#include "lib/ifconfig/fold.h"

#include <doctest/doctest.h>

#include "lib/common/doctest_strings.h"

#include "lib/common/fake_names.h"
#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/sol_flags.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_fold_test {

namespace {

struct F {
  Link link = ether_link(2, "v0");
  std::vector<Addr> addrs{v4(2, "10.0.0.1", 24, "v0"), v4(2, "10.0.0.2", 24, "v0:1")};
  StoredLink stored;
  std::vector<NetmaskEntry> netmasks = parse_netmasks("10.0.0.0 255.255.0.0\n10.99.1.0 255.255.255.192\n");
  FakeNames names;
  FoldNotes notes;
  int family = AF_INET;
  bool validate = false;  // also validate_link_conf the result

  LinkConf current() { return build_link_conf(link, addrs, stored.index ? &stored : nullptr, family); }

  bool by_all = false;

  Result<LinkConf> fold(std::vector<std::string> words, std::optional<unsigned> unit = std::nullopt) {
    auto cmd = parse_ifconfig_command(words, family, names);
    REQUIRE_MESSAGE(cmd, (cmd ? "" : cmd.error().message));
    LinkConf c = current();
    if (auto st = fold_command(c, unit, by_all, *cmd, netmasks, notes); !st) return st.error();
    if (validate)
      if (auto st = validate_link_conf(current(), c); !st) return st.error();
    return c;
  }
  LinkConf ok(std::vector<std::string> words, std::optional<unsigned> unit = std::nullopt) {
    auto c = fold(std::move(words), unit);
    REQUIRE_MESSAGE(c, (c ? "" : c.error().message));
    return *c;
  }
  std::string err(std::vector<std::string> words, std::optional<unsigned> unit = std::nullopt) {
    auto c = fold(std::move(words), unit);
    REQUIRE_FALSE(c);
    return c.error().message;
  }
};

}  // namespace

TEST_CASE("the current configuration has the units ifconfig -a shows") {
  F f;
  f.addrs.push_back(v4(2, "10.0.0.3", 24, "v0"));  // unlabelled: lowest free unit
  f.stored = {2, "v0", false, sflag::PRIVATE, 0, {{AF_INET, 7, false, ip("10.0.0.7"), 24, std::nullopt, std::nullopt, 3, 0}}};
  LinkConf c = f.current();
  REQUIRE(c.lifs.size() == 4);
  CHECK_FALSE(c.lifs[0].unit);
  CHECK(c.lifs[0].flags == sflag::PRIVATE);
  CHECK(c.addrs[*c.lifs[0].kernel].label == "v0");
  CHECK(c.lifs[1].unit == 1u);
  CHECK(c.lifs[1].up);
  CHECK(c.lifs[2].unit == 2u);
  CHECK(c.addrs[*c.lifs[2].kernel].local == ip("10.0.0.3"));
  CHECK(c.lifs[3].unit == 7u);
  CHECK_FALSE(c.lifs[3].up);
  CHECK_FALSE(c.lifs[3].kernel);
  CHECK(c.lifs[3].metric == 3);
  CHECK(c.name(c.lifs[3]) == "v0:7");
}

TEST_CASE("setting an address: classful mask, default broadcast, interface up") {
  F f;
  f.link.flags &= ~IFF_UP;
  auto c = f.ok({"172.16.5.4"});
  CHECK(c.physical().address == ip("172.16.5.4"));
  CHECK(c.physical().prefixlen == 16);
  CHECK(c.physical().broadcast == ip("172.16.255.255"));
  CHECK((c.link.flags & IFF_UP));
  auto d = f.ok({"172.16.5.4", "down"});
  CHECK_FALSE((d.link.flags & IFF_UP));
  auto p2p = f.ok({"10.1.0.1", "10.1.0.2"});
  CHECK(p2p.physical().destination == ip("10.1.0.2"));
  CHECK_FALSE(p2p.physical().broadcast);
}

TEST_CASE("hw ether and ether set Ethernet links only") {
  F f;
  f.link = loopback();
  f.link.index = 2;
  CHECK(f.err({"hw", "ether", "02:00:00:00:00:11"}) ==
        "lo: not an Ethernet interface: cannot set 02:00:00:00:00:11");
}

TEST_CASE("an mtu outside the link's range is refused before anything changes") {
  F f;
  f.link.min_mtu = 68;
  f.link.max_mtu = 9000;
  CHECK(f.err({"mtu", "9001", "down"}) == "v0: cannot set mtu 9001: more than the link's maximum 9000");
  CHECK(f.ok({"mtu", "9000"}).link.mtu == 9000);
  f.link.min_mtu = 1280;
  CHECK(f.err({"mtu", "1279"}) == "v0: cannot set mtu 1279: less than the link's minimum 1280");
  f.link.min_mtu = f.link.max_mtu = 0;  // not told: the kernel judges
  CHECK(f.ok({"mtu", "70000"}).link.mtu == 70000);
}

TEST_CASE("a multicast or all-zero Ethernet address is refused before anything changes") {
  F f;
  CHECK(f.err({"hw", "ether", "01:00:5e:00:00:01", "down"}) ==
        "v0: cannot set ether 1:0:5e:0:0:1: a multicast address is no interface's address");
  CHECK(f.err({"ether", "0:0:0:0:0:0"}) == "v0: cannot set ether 0:0:0:0:0:0: the all-zero address is no interface's address");
  CHECK(f.ok({"ether", "2:0:0:0:0:1"}).link.hwaddr == HwAddr{2, 0, 0, 0, 0, 1});
}

TEST_CASE("an address on a point-to-point link is /32 unless the command gives a mask") {
  F f;
  f.link = ether_link(2, "v0", IFF_UP | IFF_POINTOPOINT | IFF_RUNNING | IFF_NOARP);
  f.addrs.clear();
  auto c = f.ok({"10.8.0.6", "pointopoint", "10.8.0.5", "mtu", "1500"});
  CHECK(c.physical().prefixlen == 32);
  CHECK(c.physical().destination == ip("10.8.0.5"));
  CHECK_FALSE(c.physical().broadcast);
  CHECK(f.ok({"10.8.0.6", "10.8.0.5", "up"}).physical().prefixlen == 32);
  CHECK(f.ok({"10.8.0.6"}).physical().prefixlen == 32);
  CHECK(f.ok({"10.8.0.6", "netmask", "255.255.255.0"}).physical().prefixlen == 24);
  CHECK(f.ok({"10.8.0.6/30"}).physical().prefixlen == 30);
  CHECK(f.ok({"10.8.0.6", "dstaddr", "10.8.0.5"}).physical().prefixlen == 32);
  // on a broadcast link net-tools' pointopoint keeps the broadcast address
  F b;
  CHECK(b.ok({"10.0.0.1", "pointopoint", "10.0.0.9"}).physical().broadcast == ip("10.0.0.255"));
  CHECK(f.ok({"10.8.0.6", "pointtopoint", "10.8.0.5"}).physical().destination == ip("10.8.0.5"));
  // a new address drops the old peer
  f.addrs = {v4(2, "10.8.0.2", 32, "v0", false)};
  f.addrs[0].peer = ip("10.8.0.1");
  CHECK_FALSE(f.ok({"10.8.0.6/30"}).physical().destination);
  CHECK(f.ok({"10.8.0.6", "pointopoint", "10.8.0.9"}).physical().destination == ip("10.8.0.9"));
  CHECK(f.ok({"10.8.0.2", "up"}).physical().destination == ip("10.8.0.1"));
  // vpnc-script: a peer that is the local address is none
  f.addrs = {v4(2, "10.8.0.6", 32, "v0", false)};
  auto again = f.ok({"10.8.0.6", "pointopoint", "10.8.0.6", "netmask", "255.255.255.255", "up"});
  CHECK_FALSE(again.physical().destination);
  CHECK(again.physical().prefixlen == 32);
}

TEST_CASE("the address the interface has, without a mask, changes nothing") {
  F f;
  auto c = f.ok({"10.0.0.1"});
  CHECK(c.physical().prefixlen == 24);
  CHECK(c.physical().broadcast == ip("10.0.0.255"));
  CHECK(f.ok({"10.0.0.1", "netmask", "255.255.0.0"}).physical().prefixlen == 16);
  CHECK(f.ok({"10.0.0.1/16"}).physical().prefixlen == 16);
}

TEST_CASE("0.0.0.0 removes the physical's address and brings the link up; multicast is refused") {
  F f;
  f.link.flags &= ~IFF_UP;
  auto c = f.ok({"0.0.0.0"});
  CHECK_FALSE(c.physical().addressed());
  CHECK((c.link.flags & IFF_UP));
  CHECK_FALSE((f.ok({"0.0.0.0", "down"}).link.flags & IFF_UP));
  CHECK(f.err({"224.0.0.1"}) == "224.0.0.1: a multicast address cannot be an interface address");
  CHECK(f.err({"addif", "239.1.2.3"}) == "239.1.2.3: a multicast address cannot be an interface address");
  CHECK(f.err({"pointopoint", "224.0.0.1"}) == "224.0.0.1: a multicast address cannot be an interface address");
}

TEST_CASE("the netmask of a command that sets an address applies when it is set") {
  F f;
  // "broadcast +" before "netmask +" still sees the new mask: 10.99.1.1
  // takes /16 from 10.0.0.0 (longest match starts from the address)
  auto c = f.ok({"10.99.1.70", "broadcast", "+", "netmask", "+"});
  CHECK(c.physical().prefixlen == 26);
  CHECK(c.physical().broadcast == ip("10.99.1.127"));
  auto b = f.ok({"10.20.30.50", "broadcast", "+", "netmask", "+"});
  CHECK(b.physical().prefixlen == 16);
  CHECK(b.physical().broadcast == ip("10.20.255.255"));
  // an address's own /LEN wins
  CHECK(f.ok({"10.20.30.50/30", "netmask", "+"}).physical().prefixlen == 16);
  CHECK(f.ok({"10.20.30.50/30"}).physical().prefixlen == 30);
  CHECK(f.ok({"netmask", "255.255.255.128", "192.168.1.1"}).physical().prefixlen == 25);
  // no match in netmasks(4): classful
  CHECK(f.ok({"192.168.7.7", "netmask", "+"}).physical().prefixlen == 24);
}

TEST_CASE("without an address the words apply strictly left to right") {
  F f;
  // netmask + broadcast +: the broadcast follows the new mask
  auto nb = f.ok({"netmask", "+", "broadcast", "+"});
  CHECK(nb.physical().prefixlen == 16);
  CHECK(nb.physical().broadcast == ip("10.0.255.255"));
  // broadcast + netmask +: the broadcast was computed with the old mask
  auto bn = f.ok({"broadcast", "+", "netmask", "+"});
  CHECK(bn.physical().prefixlen == 16);
  CHECK(bn.physical().broadcast == ip("10.0.0.255"));
  // a netmask alone leaves the broadcast as it was (Solaris)
  CHECK(f.ok({"netmask", "255.0.0.0"}).physical().broadcast == ip("10.0.0.255"));
  CHECK(f.ok({"broadcast", "10.0.0.128"}).physical().broadcast == ip("10.0.0.128"));
  CHECK_FALSE(f.ok({"-broadcast"}).physical().broadcast);
}

TEST_CASE("netmask + and broadcast + on an interface without an address do nothing") {
  F f;
  f.addrs.clear();
  auto c = f.ok({"netmask", "+", "broadcast", "+"});
  CHECK_FALSE(c.physical().addressed());
  CHECK(f.err({"netmask", "255.255.255.0"}) == "v0: netmask needs an address");
  CHECK(f.err({"metric", "3"}) == "v0: metric needs an address");
  CHECK(f.ok({"metric", "3", "10.0.0.1"}).physical().metric == 3);
  // chosen by -a, such an interface is passed over
  f.by_all = true;
  CHECK_FALSE(f.ok({"netmask", "255.255.255.0", "up"}).physical().addressed());
}

TEST_CASE("a logical interface: naming it creates it, down; an address brings it up, not the link") {
  F f;
  f.link.flags &= ~IFF_UP;
  auto c = f.ok({}, 3u);
  REQUIRE(c.find(3u));
  CHECK_FALSE(c.find(3u)->up);
  CHECK_FALSE(c.find(3u)->addressed());
  auto a = f.ok({"10.0.0.9", "netmask", "/24"}, 3u);
  CHECK(a.find(3u)->up);
  CHECK(a.find(3u)->prefixlen == 24);
  CHECK_FALSE((a.link.flags & IFF_UP));
  auto d = f.ok({"down"}, 1u);
  CHECK_FALSE(d.find(1u)->up);
  CHECK(d.find(1u)->address == ip("10.0.0.2"));
  CHECK(f.ok({"up"}, 1u).find(1u)->up);
}

TEST_CASE("IF:N 0 deletes a logical interface; the physical's 0 clears its address") {
  F f;
  CHECK_FALSE(f.ok({"0", "down"}, 1u).find(1u));
  CHECK_FALSE(f.ok({"0"}, 1u).find(1u));
  // "0 up" keeps it, for validation to refuse
  CHECK(f.ok({"0", "up"}, 1u).find(1u));
  auto p = f.ok({"0"});
  CHECK_FALSE(p.physical().addressed());
  CHECK(p.find(1u));
}

TEST_CASE("flags: link flags on the link, private on the logical interface") {
  F f;
  auto c = f.ok({"-arp", "promisc", "allmulti", "-multicast", "-trailers"});
  CHECK((c.link.flags & IFF_NOARP));
  CHECK((c.link.flags & IFF_PROMISC));
  CHECK((c.link.flags & IFF_ALLMULTI));
  CHECK_FALSE((c.link.flags & IFF_MULTICAST));
  CHECK((c.link.flags & IFF_NOTRAILERS));
  auto back = f.ok({"-arp", "arp", "trailers", "-promisc"});
  CHECK_FALSE((back.link.flags & (IFF_NOARP | IFF_NOTRAILERS | IFF_PROMISC)));
  auto p = f.ok({"private"}, 1u);
  CHECK(p.find(1u)->flags == sflag::PRIVATE);
  CHECK(p.physical().flags == 0);
  CHECK(f.ok({"private", "-private"}).physical().flags == 0);
}

TEST_CASE("link settings: mtu, txqueuelen, ether, hw ether; ether alone is shown") {
  F f;
  auto c = f.ok({"mtu", "9000", "txqueuelen", "50", "ether", "2:0:0:0:0:9"});
  CHECK(c.link.mtu == 9000);
  CHECK(c.link.txqlen == 50);
  CHECK(c.link.hwaddr == HwAddr{2, 0, 0, 0, 0, 9});
  CHECK(f.ok({"hw", "ether", "2:0:0:0:0:8"}).link.hwaddr == HwAddr{2, 0, 0, 0, 0, 8});
  CHECK(f.ok({"mtu", "1400"}, 1u).link.mtu == 1400);
  CHECK(f.err({"ether", "2:0:0:0:0:9"}, 1u) == "v0:1: ether applies to physical interfaces only");
  // net-tools hw on an alias sets the link's MAC (the kernel drops the unit)
  CHECK(f.ok({"hw", "ether", "2:0:0:0:0:9"}, 1u).link.hwaddr == HwAddr{2, 0, 0, 0, 0, 9});
  f.ok({"ether"}, 1u);
  CHECK(f.notes.ether == std::vector<std::string>{"v0"});
}

TEST_CASE("addif takes the lowest free unit, stays down, and the words after it apply to it") {
  F f;
  f.addrs.push_back(v4(2, "10.0.0.3", 24, "v0:2"));
  auto c = f.ok({"addif", "10.0.0.9", "netmask", "+", "metric", "4"});
  const LifConf* n = c.find(3u);
  REQUIRE(n);
  CHECK(f.notes.created == std::vector<std::string>{"v0:3"});
  CHECK_FALSE(n->up);
  CHECK(n->prefixlen == 16);
  CHECK(n->broadcast == ip("10.0.255.255"));
  CHECK(n->metric == 4);
  CHECK(c.physical().metric == 0);
  auto up = f.ok({"addif", "10.0.0.9/24", "up", "addif", "10.0.0.10/24", "10.0.0.11"});
  CHECK(up.find(3u)->up);
  CHECK(up.find(4u)->destination == ip("10.0.0.11"));
  CHECK(f.err({"addif", "10.0.0.9"}, 1u) == "v0:1: addif applies to physical interfaces only");
}

TEST_CASE("net-tools add and del") {
  F f;
  auto c = f.ok({"add", "10.0.0.9"});
  REQUIRE(c.find(0u));  // net-tools' first free alias counts from v0:0
  CHECK(c.find(0u)->up);
  CHECK(c.find(0u)->prefixlen == 24);  // the physical's mask
  CHECK(c.find(0u)->broadcast == ip("10.0.0.255"));
  CHECK(f.ok({"add", "10.0.0.9/28"}).find(0u)->prefixlen == 28);
  CHECK_FALSE(f.ok({"del", "10.0.0.2"}).find(1u));
  CHECK_FALSE(f.ok({"del", "10.0.0.1/24"}).physical().addressed());
  CHECK(f.err({"del", "10.0.0.2/16"}) == "del 10.0.0.2/16: no such address on v0");
  CHECK(f.err({"del", "10.9.9.9"}) == "del 10.9.9.9: no such address on v0");
}

TEST_CASE("removeif deletes logical interfaces, stored ones too, never the physical") {
  F f;
  f.stored = {2, "v0", false, 0, 0, {{AF_INET, 7, false, ip("10.0.0.7"), 24, std::nullopt, std::nullopt, 0, 0}}};
  CHECK_FALSE(f.ok({"removeif", "10.0.0.2"}).find(1u));
  CHECK_FALSE(f.ok({"removeif", "10.0.0.7"}).find(7u));
  CHECK(f.err({"removeif", "10.0.0.1"}) == "removeif 10.0.0.1: that is the address of v0 itself");
  CHECK(f.err({"removeif", "10.0.0.99"}) == "removeif 10.0.0.99: no such address on v0");
  CHECK(f.err({"removeif", "10.0.0.2"}, 1u) == "v0:1: removeif applies to physical interfaces only");
}

TEST_CASE("plumb and unplumb") {
  F f;
  auto u = f.ok({"unplumb"});
  CHECK(u.inet_unplumbed);
  CHECK(u.lifs.size() == 1);
  CHECK_FALSE(u.physical().addressed());
  auto l = f.ok({"unplumb"}, 1u);
  CHECK_FALSE(l.find(1u));
  CHECK(f.err({"unplumb", "up"}, 1u) == "v0:1: no such interface");
  CHECK(f.err({"unplumb", "10.0.0.1"}) == "v0: no such interface");
  CHECK(f.ok({"unplumb", "plumb", "10.0.0.1"}).physical().address == ip("10.0.0.1"));
  f.addrs.clear();
  f.stored = {2, "v0", true, 0, 0, {}};
  CHECK(f.current().inet_unplumbed);
  CHECK(f.err({"up"}) == "v0: no such interface");
  CHECK(f.err({}, 4u) == "v0:4: no such interface");
  CHECK_FALSE(f.ok({"plumb"}).inet_unplumbed);
}

TEST_CASE("configinfo is noted for the interface it applies to") {
  F f;
  f.ok({"addif", "10.0.0.9", "configinfo"});
  CHECK(f.notes.configinfo == std::vector<std::string>{"v0:2"});
}

TEST_CASE("validation: an address twice") {
  F f;
  LinkConf cur = f.current();
  CHECK(validate_link_conf(cur, f.ok({"10.0.0.5"}, 4u)));
  auto dup = f.ok({"10.0.0.2"}, 4u);
  CHECK(validate_link_conf(cur, dup).error().message == "v0:4: 10.0.0.2 is already the address of v0:1");
  // what the kernel already had twice is left alone
  f.addrs.push_back(v4(2, "10.0.0.2", 16, "v0:5"));
  LinkConf twice = f.current();
  CHECK(validate_link_conf(twice, f.ok({"mtu", "1400"})));
}

TEST_CASE("a logical interface may be up without an address; the one it gets is installed") {
  F f;
  f.validate = true;
  auto up = f.ok({"up"}, 4u);
  CHECK(up.find(4u)->up);
  CHECK_FALSE(up.find(4u)->installed());
  f.stored = {2, "v0", false, 0, 0, {{AF_INET, 4, false, {}, 0, std::nullopt, std::nullopt, 0, 0, true}}};
  CHECK(f.current().find(4u)->up);
  auto set = f.ok({"set", "10.0.0.4/24"}, 4u);
  CHECK(set.find(4u)->installed());
  CHECK_FALSE(f.ok({"down"}, 4u).find(4u)->up);
  // the physical interface's up stays the link's
  f.link.flags &= ~IFF_UP;
  f.addrs.erase(f.addrs.begin());
  auto phys = f.ok({"up"});
  CHECK((phys.link.flags & IFF_UP));
  CHECK_FALSE(phys.physical().installed());
}

TEST_CASE("net-tools add of an address the link already has changes nothing") {
  F f;
  f.validate = true;
  LinkConf cur = f.current();
  for (auto words : {std::vector<std::string>{"add", "10.0.0.2"}, {"add", "10.0.0.2/24"}, {"add", "10.0.0.1"}}) {
    CAPTURE(words[1]);
    LinkConf c = f.ok(words);
    CHECK(c.lifs.size() == cur.lifs.size());
    CHECK(c.find(1u)->address == ip("10.0.0.2"));
  }
  CHECK(f.err({"add", "10.0.0.2/16"}) == "v0:0: 10.0.0.2 is already the address of v0:1");
  // a logical interface kept down in the store is not in the kernel: add
  // does not find it there, and the address is still taken
  f.stored = {2, "v0", false, 0, 0, {{AF_INET, 5, false, ip("10.0.0.5"), 24, std::nullopt, std::nullopt, 0, 0}}};
  CHECK(f.err({"add", "10.0.0.5"}) == "v0:0: 10.0.0.5 is already the address of v0:5");
}

namespace {

// v0 with its link-local and one global address, as Linux lists them
// (newest first); results validated.
struct F6 : F {
  F6() {
    family = AF_INET6;
    validate = true;
    addrs = {v6(2, "2001:db8::2", 64), v6(2, "fe80::1", 64)};
  }
};

}  // namespace

TEST_CASE("inet6: the link-local is the physical interface, other addresses logical ones") {
  F6 f;
  LinkConf c = f.current();
  CHECK(c.family == AF_INET6);
  REQUIRE(c.lifs.size() == 2);
  CHECK(c.physical().address == ip("fe80::1"));
  CHECK(c.lifs[1].unit == 1u);
  CHECK(c.lifs[1].up);
  CHECK_FALSE(c.physical().broadcast);
}

TEST_CASE("inet6: addresses on physical and logical interfaces; /64 unless given; no broadcast") {
  F6 f;
  auto c = f.ok({"2001:db8::7"}, 3u);
  CHECK(c.find(3u)->address == ip("2001:db8::7"));
  CHECK(c.find(3u)->prefixlen == 64);
  CHECK(c.find(3u)->up);
  CHECK_FALSE(c.find(3u)->broadcast);
  // the physical's address replaces the link-local, as on Solaris
  auto p = f.ok({"fe80::99/10"});
  CHECK(p.physical().address == ip("fe80::99"));
  CHECK(p.physical().prefixlen == 10);
  auto a = f.ok({"addif", "2001:db8::9", "2001:db8::a"});
  CHECK(f.notes.created == std::vector<std::string>{"v0:2"});
  CHECK(a.find(2u)->prefixlen == 64);
  CHECK(a.find(2u)->destination == ip("2001:db8::a"));
  CHECK_FALSE(a.find(2u)->up);
  // net-tools add: up, /128 unless given
  auto n = f.ok({"add", "2001:db8::9"});
  CHECK(n.find(2u)->prefixlen == 128);
  CHECK(n.find(2u)->up);
  CHECK_FALSE(f.ok({"removeif", "2001:db8::2"}).find(1u));
  CHECK(f.err({"removeif", "fe80::1"}) == "removeif fe80::1: that is the address of v0 itself");
  CHECK(f.err({"2001:db8::2/64"}, 4u) == "v0:4: 2001:db8::2 is already the address of v0:1");
}

TEST_CASE("inet6 on loopback: /128 unless given, and add ::1 finds the kernel's") {
  F6 f;
  f.link = loopback();
  f.addrs = {v6(1, "::1", 128)};
  LinkConf cur = f.current();
  REQUIRE(cur.physical().address == ip("::1"));
  // ifconfig lo inet6 plumb ::1 up: what the kernel has
  auto c = f.ok({"plumb", "::1", "up"});
  CHECK(c.physical().prefixlen == 128);
  CHECK(f.ok({"2001:db8::1"}, 1u).find(1u)->prefixlen == 128);
  CHECK(f.ok({"addif", "2001:db8::1"}).find(1u)->prefixlen == 128);
  CHECK(f.ok({"set", "2001:db8::1"}, 2u).find(2u)->prefixlen == 128);
  CHECK(f.ok({"::1/64"}).physical().prefixlen == 64);
  // busybox's loopback inet6: ifconfig lo add ::1
  CHECK(f.ok({"add", "::1"}).lifs.size() == 1);
}

TEST_CASE("set gives the address without marking the interface up") {
  F6 f;
  auto c = f.ok({"set", "2001:db8::7/80"}, 3u);
  CHECK(c.find(3u)->address == ip("2001:db8::7"));
  CHECK(c.find(3u)->prefixlen == 80);
  CHECK_FALSE(c.find(3u)->up);
  f.link.flags &= ~IFF_UP;
  CHECK_FALSE((f.ok({"set", "fe80::5"}).link.flags & IFF_UP));
  CHECK((f.ok({"fe80::5"}).link.flags & IFF_UP));
}

TEST_CASE("deprecated and -deprecated follow the address, the kernel's or the store's") {
  F6 f;
  auto d = f.ok({"deprecated"}, 1u);
  CHECK(d.find(1u)->flags == sflag::DEPRECATED);
  f.addrs[0].flags |= IFA_F_DEPRECATED;
  CHECK(f.current().find(1u)->flags == sflag::DEPRECATED);
  CHECK(f.ok({"-deprecated"}, 1u).find(1u)->flags == 0);
  f.stored = {2, "v0", false, 0, 0,
              {{AF_INET6, 5, false, ip("2001:db8::5"), 64, std::nullopt, std::nullopt, 0, sflag::DEPRECATED}}};
  CHECK(f.current().find(5u)->flags == sflag::DEPRECATED);
}

TEST_CASE("router sets the forwarding of the command's family") {
  F6 f;
  auto c = f.ok({"router"}, 1u);
  CHECK(c.link.forwarding6);
  CHECK_FALSE(c.link.forwarding4);
  f.link.forwarding6 = true;
  CHECK_FALSE(f.ok({"-router"}).link.forwarding6);
  F g;
  CHECK(g.ok({"router"}).link.forwarding4);
  CHECK_FALSE(g.ok({"router"}).link.forwarding6);
}

TEST_CASE("inet6 mtu is the IPv6 MTU, at most the link's") {
  F6 f;
  f.link.ipv6_mtu = 1500;
  auto c = f.ok({"mtu", "1400"});
  CHECK(c.link.ipv6_mtu == 1400);
  CHECK(c.link.mtu == 1500);
  CHECK(f.err({"mtu", "1600"}) == "v0: inet6 mtu 1600: more than the link's mtu 1500");
}

TEST_CASE("token is the link's, physical interfaces only, :: clears it") {
  F6 f;
  CHECK(f.ok({"token", "::1:2/64"}).link.ipv6_token == ip("::1:2"));
  f.link.ipv6_token = ip("::1:2");
  CHECK(f.ok({"token", "::/64"}).link.ipv6_token.family == 0);
  CHECK(f.err({"token", "::5/64"}, 1u) == "v0:1: token applies to physical interfaces only");
}

TEST_CASE("inet6 plumb and unplumb are disable_ipv6; an unplumbed family has no interfaces") {
  F6 f;
  auto u = f.ok({"unplumb"});
  CHECK(u.inet_unplumbed);
  CHECK(u.lifs.size() == 1);
  CHECK_FALSE(u.physical().addressed());
  f.link.ipv6_disabled = true;
  f.addrs.clear();
  CHECK(f.current().inet_unplumbed);
  CHECK(f.err({"up"}) == "v0: no such interface");
  CHECK(f.err({"2001:db8::1/64"}, 2u) == "v0:2: no such interface");
  CHECK_FALSE(f.ok({"plumb"}).inet_unplumbed);
  // no IPv6 state at all: an MTU below 1280
  f.link.has_inet6 = false;
  f.link.ipv6_disabled = false;
  f.link.mtu = 1000;
  CHECK(f.err({"plumb"}) == "v0: cannot plumb inet6: the link's mtu 1000 is below 1280");
}

TEST_CASE("subnet sets the prefix length of a subnet that holds the address") {
  F6 f;
  CHECK(f.ok({"subnet", "2001:db8::/48"}, 1u).find(1u)->prefixlen == 48);
  CHECK(f.err({"subnet", "2001:db9::/48"}, 1u) == "subnet 2001:db9::/48: does not hold 2001:db8::2");
  CHECK(f.err({"subnet", "2001:db8::/48"}, 4u) == "v0:4: subnet 2001:db8::/48: the interface has no address");
  F g;
  auto c = g.ok({"subnet", "10.0.0.0/16"});
  CHECK(c.physical().prefixlen == 16);
  CHECK(c.physical().broadcast == ip("10.0.0.255"));  // as a netmask alone, it keeps the broadcast
}

TEST_CASE("the default half of a refused pair changes nothing") {
  F6 f;
  LinkConf cur = f.current();
  auto c = f.ok({"xmit", "local", "nud", "-anycast", "-preferred", "failover", "-standby", "-failed"}, 1u);
  CHECK(c.find(1u)->flags == cur.find(1u)->flags);
  CHECK(c.link.flags == cur.link.flags);
}

}  // namespace lib_ifconfig_fold_test
