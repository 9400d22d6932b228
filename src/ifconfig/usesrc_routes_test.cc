#include "src/ifconfig/usesrc_routes.h"

#include <linux/rtnetlink.h>

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"
#include "src/ifconfig/test_world.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_ifconfig_usesrc_routes_test {

namespace {

struct World : IfconfigWorld {
  World() {
    Link vni = ether_link(4, "vni0", IFF_UP | IFF_BROADCAST | IFF_NOARP | IFF_RUNNING);
    vni.kind = "ifb";
    k.links_ = {loopback(), ether_link(2, "v0"), ether_link(3, "v1"), vni};
    k.addrs_ = {v4(2, "10.0.0.1", 24, "v0"), v4(3, "10.1.0.1", 24, "v1"), v4(4, "192.0.2.5", 32, "vni0", false)};
    rk.routes_ = {prefix_route4("10.0.0.0", 24, 2, "10.0.0.1"), route4("10.50.0.0", 16, nullptr, 2),
                  prefix_route4("10.1.0.0", 24, 3, "10.1.0.1")};
  }
  // "dst/len src" of the routes, in order ("-" without a source).
  std::vector<std::string> sources() const {
    std::vector<std::string> out;
    for (const auto& r : rk.routes_)
      out.push_back(r.dst.str() + "/" + std::to_string(r.dst_len) + " " + (r.prefsrc ? r.prefsrc->str() : "-"));
    return out;
  }
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("usesrc points every route out of the link at the source's address; none puts the defaults back") {
  World w;
  w.ok({"v0", "usesrc", "vni0"});
  CHECK(w.sources() == V{"10.0.0.0/24 192.0.2.5", "10.50.0.0/16 192.0.2.5", "10.1.0.0/24 10.1.0.1"});
  REQUIRE(w.store.doc.usesrc.size() == 1);
  CHECK(w.store.doc.usesrc[0] == StoredUsesrc{2, "v0", 4, "vni0"});
  w.ok({"v0", "usesrc", "none"});
  CHECK(w.sources() == V{"10.0.0.0/24 10.0.0.1", "10.50.0.0/16 -", "10.1.0.0/24 10.1.0.1"});
  CHECK(w.store.doc.usesrc.empty());
}

TEST_CASE("usesrc shows on the link's IPv4 stanzas, srcof on the source's, and in configinfo") {
  World w;
  w.ok({"v0", "usesrc", "vni0"});
  w.ok({"v1", "usesrc", "vni0"});
  CHECK(w.show({"v0", "inet"}) ==
        "v0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n"
        "\tusesrc vni0\n"
        "\tinet 10.0.0.1 netmask ffffff00 broadcast 10.0.0.255\n"
        "\tether 2:42:ac:11:0:2\n");
  CHECK(w.show({"vni0", "inet"}) ==
        "vni0: flags=20010000c1<UP,RUNNING,NOARP,IPv4,VIRTUAL> mtu 1500 index 4\n"
        "\tsrcof v0 v1\n"
        "\tinet 192.0.2.5 netmask ffffffff\n");
  CHECK(w.ok({"v0", "configinfo"}) ==
        "v0 inet plumb mtu 1500 usesrc vni0 10.0.0.1 netmask 0xffffff00 broadcast 10.0.0.255 up\n");
  // the source gone: the record goes with it, on display as on change
  std::erase_if(w.k.links_, [](const Link& l) { return l.index == 4; });
  CHECK(w.show({"v0", "inet"}).find("usesrc") == std::string::npos);
  CHECK(w.show({"-a"}).find("usesrc") == std::string::npos);
}

TEST_CASE("the source's address changes: the routes follow it") {
  World w;
  w.ok({"v0", "usesrc", "vni0"});
  w.ok({"vni0", "192.0.2.9/32"});
  CHECK(w.sources() == V{"10.0.0.0/24 192.0.2.9", "10.50.0.0/16 192.0.2.9", "10.1.0.0/24 10.1.0.1"});
  // the source loses its address: the defaults
  w.ok({"vni0", "0"});
  CHECK(w.sources() == V{"10.0.0.0/24 10.0.0.1", "10.50.0.0/16 -", "10.1.0.0/24 10.1.0.1"});
  w.ok({"vni0", "192.0.2.7/32"});
  CHECK(w.sources() == V{"10.0.0.0/24 192.0.2.7", "10.50.0.0/16 192.0.2.7", "10.1.0.0/24 10.1.0.1"});
  // unplumbing the source vni: the defaults, and the record goes
  w.ok({"vni0", "unplumb"});
  CHECK(w.sources() == V{"10.0.0.0/24 10.0.0.1", "10.50.0.0/16 -", "10.1.0.0/24 10.1.0.1"});
  CHECK(w.store.doc.usesrc.empty());
}

TEST_CASE("usesrc refusals change nothing") {
  World w;
  auto r = w.run({"v0", "mtu", "1400", "usesrc", "nosuch0"});
  REQUIRE_FALSE(r);
  CHECK(r.error().message == "usesrc nosuch0: no such interface");
  CHECK(w.k.writes == 0);
  CHECK(w.rk.changes.empty());
  // the kernel refuses a route: the address change is undone and the routes put back
  w.ok({"v0", "usesrc", "vni0"});
  w.rk.refuse = KernelError{EINVAL, ""};
  r = w.run({"vni0", "192.0.2.9/32"});
  REQUIRE_FALSE(r);
  CHECK(r.error().message == "v0: cannot set the source of the route to 10.0.0.0/24: Invalid argument");
  w.rk.refuse.reset();
  CHECK(w.k.addrs_.back().local == ip("192.0.2.5"));
  CHECK(w.store.doc.usesrc.size() == 1);
}

TEST_CASE("usesrc_source: the address a route out of a link takes, for route add") {
  World w;
  CHECK_FALSE(*usesrc_source(w.k, w.store.doc, 2, AF_INET));
  w.ok({"v0", "usesrc", "vni0"});
  CHECK(*usesrc_source(w.k, w.store.doc, 2, AF_INET) == ip("192.0.2.5"));
  CHECK_FALSE(*usesrc_source(w.k, w.store.doc, 3, AF_INET));
  // a record about a link whose index now names another one counts for nothing
  w.k.links_[3].name = "vni9";
  CHECK_FALSE(*usesrc_source(w.k, w.store.doc, 2, AF_INET));
}

}  // namespace src_ifconfig_usesrc_routes_test
