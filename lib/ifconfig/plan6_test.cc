#include "lib/ifconfig/plan6.h"

#include <linux/if_addr.h>

#include <doctest/doctest.h>

#include "lib/common/doctest_strings.h"

#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/plan_testing.h"
#include "lib/ifconfig/sol_flags.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_plan6_test {

namespace {

// v0: link-local, a global address and another added later (listed first).
struct F {
  Link link = ether_link(2, "v0");
  std::vector<Addr> addrs{v6(2, "2001:db8::3", 64), v6(2, "2001:db8::2", 64), v6(2, "fe80::1", 64)};
  StoredLink stored;

  LinkPlan plan(std::vector<std::string> words, std::optional<unsigned> unit = std::nullopt, int family = AF_INET6) {
    return plan_words(link, addrs, stored, std::move(words), unit, family);
  }
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("IPv6: nothing to change, but every address gets its unit pinned") {
  F f;
  auto p = f.plan({"up"});
  CHECK(p.ops.empty());
  CHECK(p.store.physical6 == ip("fe80::1"));
  REQUIRE(p.store.lifs.size() == 2);
  // units in order of creation: ::2 came first
  CHECK(p.store.lifs[0].unit == 1);
  CHECK(p.store.lifs[0].address == ip("2001:db8::2"));
  CHECK(p.store.lifs[1].unit == 2);
  CHECK(p.store.lifs[1].address == ip("2001:db8::3"));
  for (const auto& s : p.store.lifs) {
    CHECK(s.family == AF_INET6);
    CHECK(s.installed);
  }
  // pinned, the units stay when the older address goes
  f.stored = p.store;
  f.addrs.erase(f.addrs.begin() + 1);
  LinkConf c = build_link_conf(f.link, f.addrs, &f.stored, AF_INET6);
  REQUIRE(c.lifs.size() == 2);
  CHECK(c.lifs[1].unit == 2u);
}

TEST_CASE("IPv6: addresses are deleted, added and changed in place on their own") {
  F f;
  CHECK(describe(f.plan({"2001:db8::9/64", "up"}, 4u).ops) == V{"add  2001:db8::9/64"});
  CHECK(describe(f.plan({"down"}, 1u).ops) == routed({"del  2001:db8::2/64"}));
  // a new prefix: deleted, then added
  auto p = f.plan({"2001:db8::2/48"}, 1u);
  CHECK(describe(p.ops) == routed({"del  2001:db8::2/64", "add  2001:db8::2/48"}));
  CHECK(describe(p.undo) == V{"restore routes", "add  2001:db8::2/64", "del  2001:db8::2/48", "note routes"});
  CHECK(p.ops[2].what == "v0:1: cannot add 2001:db8::2/48");
  // the physical's address replaces the link-local
  CHECK(describe(f.plan({"fe80::2/64"}).ops) == routed({"del  fe80::1/64", "add  fe80::2/64"}));
  CHECK(describe(f.plan({"metric", "7"}, 2u).ops) == V{"replace  2001:db8::3/64 metric 7"});
  CHECK(describe(f.plan({"destination", "2001:db8::99"}, 2u).ops) ==
        routed({"del  2001:db8::3/64", "add  2001:db8::3/64 peer 2001:db8::99"}));
}

TEST_CASE("IPv6: deprecated is a preferred lifetime of 0, -deprecated the valid lifetime") {
  F f;
  auto p = f.plan({"deprecated"}, 1u);
  REQUIRE(p.ops.size() == 1);
  CHECK(p.ops[0].kind == KernelOpKind::replace_addr);
  CHECK(p.ops[0].addr.preferred_lft == 0);
  CHECK(p.ops[0].addr.valid_lft == 0xffffffffu);
  CHECK(p.undo[0].addr.preferred_lft == 0xffffffffu);
  // the kernel holds it: the store does not
  CHECK(p.store.lifs[0].flags == 0);
  f.addrs[1].flags |= IFA_F_DEPRECATED;
  f.addrs[1].preferred_lft = 0;
  f.addrs[1].valid_lft = 3600;
  auto u = f.plan({"-deprecated"}, 1u);
  REQUIRE(u.ops.size() == 1);
  CHECK(u.ops[0].addr.preferred_lft == 3600);
  CHECK_FALSE((u.ops[0].addr.flags & IFA_F_DEPRECATED));
  CHECK(f.plan({"deprecated"}, 1u).ops.empty());
  // a new deprecated address is added so
  auto a = f.plan({"addif", "2001:db8::9/64", "deprecated", "up"});
  REQUIRE(a.ops.size() == 1);
  CHECK(a.ops[0].addr.preferred_lft == 0);
}

TEST_CASE("IPv6: a down logical interface stays in the store, deprecated and all") {
  F f;
  auto p = f.plan({"deprecated", "down"}, 1u);
  CHECK(describe(p.ops) == routed({"del  2001:db8::2/64"}));
  REQUIRE(p.store.lifs.size() == 2);
  const StoredLif& s = p.store.lifs[0];
  CHECK(s.unit == 1);
  CHECK_FALSE(s.installed);
  CHECK(s.address == ip("2001:db8::2"));
  CHECK(s.prefixlen == 64);
  CHECK(s.flags == sflag::DEPRECATED);
  f.stored = p.store;
  f.addrs.erase(f.addrs.begin() + 1);
  auto up = f.plan({"up"}, 1u);
  REQUIRE(up.ops.size() == 1);
  CHECK(describe(up.ops) == V{"add  2001:db8::2/64"});
  CHECK(up.ops[0].addr.preferred_lft == 0);
}

TEST_CASE("IPv6: the IPv4 part of the record is kept, and the other way round") {
  F f;
  f.stored = {2, "v0", false, sflag::PRIVATE, 0,
              {{AF_INET, 3, false, ip("10.0.0.3"), 24, std::nullopt, std::nullopt, 0, 0}}};
  auto p = f.plan({"private"}, 1u);
  CHECK(p.store.flags4 == sflag::PRIVATE);
  CHECK(p.store.lifs.front().family == AF_INET);
  CHECK(p.store.lifs[1].flags == sflag::PRIVATE);
  f.stored = p.store;
  f.addrs = {v4(2, "10.0.0.1", 24, "v0")};
  auto v4plan = f.plan({"mtu", "1400"}, std::nullopt, AF_INET);
  CHECK(v4plan.store.physical6 == ip("fe80::1"));
  CHECK(v4plan.store.lifs.size() == 3);
}

TEST_CASE("IPv6: plumbing, forwarding, MTU and token around the addresses") {
  F f;
  auto u = f.plan({"unplumb"});
  CHECK(describe(u.ops) ==
        routed({"del  2001:db8::3/64", "del  2001:db8::2/64", "del  fe80::1/64", "conf inet6 disable_ipv6 1"}));
  CHECK(describe(u.undo)[4] == "conf inet6 disable_ipv6 0");
  CHECK(u.ops[4].what == "v0: cannot unplumb inet6");
  CHECK(u.store.lifs.empty());
  CHECK(u.store.physical6.family == 0);
  f.link.ipv6_disabled = true;
  f.addrs.clear();
  auto p = f.plan({"plumb", "router", "mtu", "1400"});
  CHECK(describe(p.ops) == V{"conf inet6 disable_ipv6 0", "conf inet6 mtu 1400", "conf inet6 forwarding 1"});
  CHECK(describe(p.undo) == V{"conf inet6 disable_ipv6 1", "conf inet6 mtu 0", "conf inet6 forwarding 0"});
  CHECK(p.ops[0].conf.ifname == "v0");
  f.link.ipv6_disabled = false;
  auto t = f.plan({"token", "::1:2:3:4/64"});
  CHECK(describe(t.ops) == V{"link token ::1:2:3:4"});
  CHECK(t.ops[0].what == "v0: cannot set token ::1:2:3:4/64");
  CHECK_FALSE(t.undo[0].link.token6->family);
  CHECK(describe(f.plan({"router"}, std::nullopt, AF_INET).ops) == V{"conf inet forwarding 1"});
  // Linux takes no token on a forwarding link: the token comes first when
  // forwarding goes on, last when it goes off
  CHECK(describe(f.plan({"router", "token", "::5/64"}).ops) == V{"link token ::5", "conf inet6 forwarding 1"});
  f.link.forwarding6 = true;
  CHECK(describe(f.plan({"token", "::5/64", "-router"}).ops) == V{"conf inet6 forwarding 0", "link token ::5"});
}

TEST_CASE("a link with IPv6 keeps its addresses over a down, whichever family says down") {
  F f;
  for (int fam : {AF_INET6, AF_INET}) {
    if (fam == AF_INET) f.addrs = {v4(2, "10.0.0.1", 24, "v0")};
    auto p = f.plan({"down"}, std::nullopt, fam);
    CHECK(describe(p.ops) == routed({"conf inet6 keep_addr_on_down 1", "link flags 0/1"}));
    CHECK(describe(p.undo)[1] == "conf inet6 keep_addr_on_down 0");
  }
  f.link.ipv6_keep_addrs = true;
  CHECK(describe(f.plan({"down"}, std::nullopt, AF_INET).ops) == routed({"link flags 0/1"}));
  f.link.ipv6_keep_addrs = false;
  f.link.ipv6_disabled = true;
  f.addrs.clear();
  CHECK(describe(f.plan({"down"}, std::nullopt, AF_INET).ops) == routed({"link flags 0/1"}));
}

}  // namespace lib_ifconfig_plan6_test
