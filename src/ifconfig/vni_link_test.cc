#include "src/ifconfig/vni_link.h"

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"
#include "src/ifconfig/test_world.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_ifconfig_vni_link_test {

namespace {

struct World : IfconfigWorld {
  World() { k.links_ = {loopback(), ether_link(2, "v0")}; }
};

}  // namespace

TEST_CASE("create_vni falls back to ifb when the kernel has no dummy") {
  World w;
  auto made = create_vni(w.k, "vni0");
  REQUIRE(made);
  CHECK(made->kind == "ifb");
  w.k.kinds = {"dummy", "ifb"};
  made = create_vni(w.k, "vni1");
  REQUIRE(made);
  CHECK(made->kind == "dummy");
  w.k.kinds = {};
  auto none = create_vni(w.k, "vni2");
  REQUIRE_FALSE(none);
  CHECK(none.error().message == "vni2: cannot plumb: the kernel has neither dummy nor ifb links");
}

TEST_CASE("vniN plumb makes the link, unplumb removes it") {
  World w;
  auto r = w.run({"vni0", "plumb"});
  REQUIRE(r);
  const Link* l = w.link("vni0");
  REQUIRE(l);
  CHECK(l->kind == "ifb");
  CHECK((l->flags & IFF_UP) == 0);
  // plumbing it again changes nothing
  const int writes = w.k.writes;
  REQUIRE(w.run({"vni0", "plumb"}));
  CHECK(w.k.writes == writes);
  REQUIRE(w.run({"vni0", "unplumb"}));
  CHECK_FALSE(w.link("vni0"));
  // gone: a vni is not found without plumb
  auto again = w.run({"vni0", "up"});
  REQUIRE_FALSE(again);
  CHECK(again.error().message == "vni0: no such interface");
}

TEST_CASE("a vni shows VIRTUAL and no broadcast, multicast or ether line; logical units carry addresses") {
  World w;
  REQUIRE(w.run({"vni0", "plumb", "10.9.0.1", "netmask", "255.255.255.0", "broadcast", "+", "up"}));
  REQUIRE(w.run({"vni0", "addif", "10.9.0.2/24", "up"}));
  // the fake does not raise RUNNING as the kernel does
  CHECK(w.show({"vni0", "inet"}) ==
        "vni0: flags=2001000081<UP,NOARP,IPv4,VIRTUAL> mtu 1500 index 3\n"
        "\tinet 10.9.0.1 netmask ffffff00\n");
  CHECK(w.show({"vni0:1", "inet"}) ==
        "vni0:1: flags=2001000081<UP,NOARP,IPv4,VIRTUAL> mtu 1500 index 3\n"
        "\tinet 10.9.0.2 netmask ffffff00\n");
  // no broadcast address was given to the kernel
  for (const auto& a : w.k.addrs_)
    if (a.ifindex == 3) CHECK_FALSE(a.broadcast);
}

TEST_CASE("a vni plumb whose command fails leaves no link behind") {
  World w;
  // refused by the fold, after the link was made
  auto r = w.run({"vni0", "plumb", "0", "metric", "4"});
  REQUIRE_FALSE(r);
  CHECK(r.error().message == "vni0: metric needs an address");
  CHECK_FALSE(w.link("vni0"));
  w.k.fail_write = w.k.writes + 1;  // the creation works, setting the address fails
  r = w.run({"vni0", "plumb", "10.9.0.1/24", "up"});
  REQUIRE_FALSE(r);
  CHECK_FALSE(w.link("vni0"));
  CHECK(w.store.doc.links.empty());
}

TEST_CASE("a plain link named like a vni is not one: unplumb keeps it") {
  World w;
  Link l = ether_link(5, "vni7");
  w.k.links_.push_back(l);
  REQUIRE(w.run({"vni7", "unplumb"}));
  CHECK(w.link("vni7"));
}

}  // namespace src_ifconfig_vni_link_test
