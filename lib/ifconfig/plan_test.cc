#include "lib/ifconfig/plan.h"

#include <linux/if_addr.h>

#include <doctest/doctest.h>

#include "lib/common/doctest_strings.h"

#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/plan_testing.h"
#include "lib/ifconfig/sol_flags.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_plan_test {

namespace {

struct F {
  Link link = ether_link(2, "v0");
  // a primary, a labelled and an unlabelled secondary, another subnet
  std::vector<Addr> addrs{v4(2, "10.0.0.1", 24, "v0"), secondary(v4(2, "10.0.0.2", 24, "v0:1")),
                          secondary(v4(2, "10.0.0.3", 24, "v0")), v4(2, "192.168.5.1", 24, "v0:4")};
  StoredLink stored;

  LinkPlan plan(std::vector<std::string> words, std::optional<unsigned> unit = std::nullopt) {
    return plan_words(link, addrs, stored, std::move(words), unit, 0);
  }
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("nothing to change, nothing to do") {
  F f;
  auto p = f.plan({"up", "mtu", "1500", "-private"});
  CHECK(p.ops.empty());
  // only the unlabelled address's unit is pinned, so that it stays put
  REQUIRE(p.store.lifs.size() == 1);
  CHECK(p.store.lifs[0].unit == 2);
}

TEST_CASE("the primary's netmask: secondaries out first, primary back first, labels kept") {
  F f;
  auto p = f.plan({"netmask", "255.255.0.0"});
  CHECK(describe(p.ops) == routed({
                               "del v0 10.0.0.3/24 brd 10.0.0.255",
                               "del v0:1 10.0.0.2/24 brd 10.0.0.255",
                               "del v0 10.0.0.1/24 brd 10.0.0.255",
                               "add v0 10.0.0.1/16 brd 10.0.0.255",
                               "add v0:1 10.0.0.2/24 brd 10.0.0.255",
                               "add v0 10.0.0.3/24 brd 10.0.0.255",
                           }));
  // the other subnet's primary is not touched; the unlabelled secondary is
  // pinned to its unit by the store, its label left as it was
  REQUIRE(p.store.lifs.size() == 1);
  CHECK(p.store.lifs[0].unit == 2);
  CHECK(p.store.lifs[0].installed);
  CHECK(p.store.lifs[0].address == ip("10.0.0.3"));
}

TEST_CASE("the primary's address and broadcast: the same care") {
  F f;
  CHECK(describe(f.plan({"10.0.0.7", "netmask", "/24"}).ops) == routed({
                                                                   "del v0 10.0.0.3/24 brd 10.0.0.255",
                                                                   "del v0:1 10.0.0.2/24 brd 10.0.0.255",
                                                                   "del v0 10.0.0.1/24 brd 10.0.0.255",
                                                                   "add v0 10.0.0.7/24 brd 10.0.0.255",
                                                                   "add v0:1 10.0.0.2/24 brd 10.0.0.255",
                                                                   "add v0 10.0.0.3/24 brd 10.0.0.255",
                                                               }));
  auto b = describe(f.plan({"broadcast", "10.0.0.128"}).ops);
  REQUIRE(b.size() == 8);
  CHECK(b[4] == "add v0 10.0.0.1/24 brd 10.0.0.128");
}

TEST_CASE("a secondary alone changes alone, and a changed unlabelled one gets its unit's label") {
  F f;
  CHECK(describe(f.plan({"netmask", "255.255.255.128"}, 1u).ops) ==
        routed({"del v0:1 10.0.0.2/24 brd 10.0.0.255", "add v0:1 10.0.0.2/25 brd 10.0.0.255"}));
  auto p = f.plan({"broadcast", "10.0.0.127"}, 2u);
  CHECK(describe(p.ops) == routed({"del v0 10.0.0.3/24 brd 10.0.0.255", "add v0:2 10.0.0.3/24 brd 10.0.0.127"}));
  CHECK(p.store.lifs.empty());
}

TEST_CASE("a metric changes in place") {
  F f;
  auto p = f.plan({"metric", "9"}, 1u);
  CHECK(describe(p.ops) == V{"replace v0:1 10.0.0.2/24 brd 10.0.0.255 metric 9"});
  CHECK(describe(p.undo) == V{"replace v0:1 10.0.0.2/24 brd 10.0.0.255"});
}

TEST_CASE("down takes a logical interface out of the kernel into the store; up puts it back") {
  F f;
  auto down = f.plan({"down"}, 1u);
  CHECK(describe(down.ops) == routed({"del v0:1 10.0.0.2/24 brd 10.0.0.255"}));
  REQUIRE(down.store.lifs.size() == 2);
  const StoredLif& s = down.store.lifs[0];
  CHECK(s.unit == 1);
  CHECK_FALSE(s.installed);
  CHECK(s.address == ip("10.0.0.2"));
  CHECK(s.broadcast == ip("10.0.0.255"));
  f.addrs.erase(f.addrs.begin() + 1);
  f.stored = down.store;
  auto up = f.plan({"up"}, 1u);
  CHECK(describe(up.ops) == V{"add v0:1 10.0.0.2/24 brd 10.0.0.255"});
}

TEST_CASE("addif down is only in the store; addif up gets a label") {
  F f;
  auto d = f.plan({"addif", "10.0.0.9/24"});
  CHECK(d.ops.empty());
  REQUIRE(d.store.lifs.size() == 2);
  CHECK(d.store.lifs[1].unit == 3);
  CHECK_FALSE(d.store.lifs[1].installed);
  auto u = f.plan({"addif", "10.0.0.9/24", "private", "up"});
  CHECK(describe(u.ops) == V{"add v0:3 10.0.0.9/24 brd 10.0.0.255"});
  // private is store-only: an installed record keeps it
  REQUIRE(u.store.lifs.size() == 2);
  CHECK(u.store.lifs[1].installed);
  CHECK(u.store.lifs[1].flags == sflag::PRIVATE);
}

TEST_CASE("a label that does not fit IFNAMSIZ: the physical's name, and the store keeps the unit") {
  F f;
  f.link.name = "abcdefghijklmno";
  f.addrs = {v4(2, "10.0.0.1", 24, "abcdefghijklmno")};
  auto p = f.plan({"10.0.0.5", "netmask", "/24"}, 3u);
  CHECK(describe(p.ops) == V{"add abcdefghijklmno 10.0.0.5/24 brd 10.0.0.255"});
  REQUIRE(p.store.lifs.size() == 1);
  CHECK(p.store.lifs[0].unit == 3);
  CHECK(p.store.lifs[0].installed);
}

TEST_CASE("removing a primary re-adds the secondaries of its subnet") {
  F f;
  CHECK(describe(f.plan({"0"}).ops) == routed({
                                          "del v0 10.0.0.3/24 brd 10.0.0.255",
                                          "del v0:1 10.0.0.2/24 brd 10.0.0.255",
                                          "del v0 10.0.0.1/24 brd 10.0.0.255",
                                          "add v0:1 10.0.0.2/24 brd 10.0.0.255",
                                          "add v0 10.0.0.3/24 brd 10.0.0.255",
                                      }));
  CHECK(describe(f.plan({"removeif", "10.0.0.2"}).ops) == routed({"del v0:1 10.0.0.2/24 brd 10.0.0.255"}));
}

TEST_CASE("unplumb deletes every IPv4 address and remembers") {
  F f;
  auto p = f.plan({"unplumb"});
  REQUIRE(p.ops.size() == 6);
  for (std::size_t i = 1; i < 5; ++i) CHECK(p.ops[i].kind == KernelOpKind::del_addr);
  CHECK(p.store.inet_unplumbed);
}

TEST_CASE("link changes: down first, up last, each with its undo") {
  F f;
  f.link.flags &= ~IFF_UP;
  auto p = f.plan({"mtu", "9000", "ether", "2:0:0:0:0:9", "txqueuelen", "5", "-arp", "promisc", "up"});
  CHECK(describe(p.ops) == V{"link mtu 9000", "link ether 2:0:0:0:0:9", "link txqlen 5",
                             "link flags " + std::to_string(IFF_NOARP | IFF_PROMISC) + "/" +
                                 std::to_string(IFF_NOARP | IFF_PROMISC),
                             "link flags 1/1"});
  CHECK(describe(p.undo) == V{"link mtu 1500", "link ether 2:42:ac:11:0:2", "link txqlen 0",
                              "link flags 0/" + std::to_string(IFF_NOARP | IFF_PROMISC), "link flags 0/1"});
  CHECK(p.ops[0].what == "v0: cannot set mtu 9000");
  auto d = f.plan({"down"});
  CHECK(d.ops.empty());
  f.link.flags |= IFF_UP;
  f.link.has_inet6 = false;  // (a link with IPv6 keeps its addresses first: ifconfig_plan6_test.cc)
  CHECK(describe(f.plan({"down", "mtu", "1400"}).ops) == routed({"link flags 0/1", "link mtu 1400"}));
}

TEST_CASE("undo of an address change restores the original addresses") {
  F f;
  auto p = f.plan({"netmask", "255.255.0.0"});
  REQUIRE(p.undo.size() == p.ops.size());
  CHECK(describe({p.undo[3]}) == V{"add v0 10.0.0.1/24 brd 10.0.0.255"});
  CHECK(describe({p.undo[4]}) == V{"del v0 10.0.0.1/16 brd 10.0.0.255"});
}

TEST_CASE("put_stored_link replaces by index or name and drops empty records") {
  StoreDoc doc;
  doc.get(2, "v0").flags4 = sflag::PRIVATE;
  doc.get(3, "old").inet_unplumbed = true;
  put_stored_link(doc, StoredLink{3, "v0", false, sflag::PRIVATE, 0, {}});
  REQUIRE(doc.links.size() == 1);
  CHECK(doc.links[0].index == 3);
  put_stored_link(doc, StoredLink{3, "v0", false, 0, 0, {}});
  CHECK(doc.links.empty());
}

TEST_CASE("the scope is the address's: host for 127/8 on any link, global otherwise, lo too") {
  F f;
  auto on_ether = f.plan({"addif", "127.0.0.2/8", "up"});
  REQUIRE(on_ether.ops.size() == 1);
  CHECK(on_ether.ops[0].addr.scope == RT_SCOPE_HOST);
  f.link = loopback();
  f.link.index = 2;
  auto on_lo = f.plan({"addif", "10.8.0.5/32", "up"});
  REQUIRE(on_lo.ops.size() == 1);
  CHECK(on_lo.ops[0].addr.scope == RT_SCOPE_UNIVERSE);
}

}  // namespace lib_ifconfig_plan_test
