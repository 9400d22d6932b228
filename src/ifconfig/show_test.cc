#include "src/ifconfig/show.h"

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/sol_flags.h"
#include "src/common/fake_kernel.h"
#include "src/dhcp/fake_client.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_ifconfig_show_test {

namespace {

struct World {
  FakeKernel k;
  MemoryStateStore store;
  FakeDhcpClient dhcp{k};
  World() {
    k.links_ = {loopback(), ether_link(2, "v0"), ether_link(3, "v1", IFF_BROADCAST | IFF_MULTICAST)};
    k.addrs_ = {v4(1, "127.0.0.1", 8, "lo", false), v6(1, "::1", 128),
                v4(2, "10.0.0.1", 24, "v0"),        v4(2, "10.0.0.2", 24, "v0:1"),
                v6(2, "fe80::1", 64),               v4(3, "10.1.0.1", 24, "v1")};
  }
  std::vector<std::string> show(std::vector<std::string> argv) {
    auto args = parse_ifconfig_args(argv);
    REQUIRE(args);
    auto r = select_lifs(k, store, *args, dhcp);
    REQUIRE(r);
    std::vector<std::string> out;
    for (const auto& l : *r) out.push_back(l.name + (l.family == AF_INET ? "/4" : "/6"));
    return out;
  }
  std::string fail(std::vector<std::string> argv) {
    auto args = parse_ifconfig_args(argv);
    REQUIRE(args);
    auto r = select_lifs(k, store, *args, dhcp);
    REQUIRE_FALSE(r);
    return r.error().message;
  }
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("-a shows every interface, IPv4 first, by index then unit") {
  World w;
  CHECK(w.show({"-a"}) == V{"lo/4", "v0/4", "v0:1/4", "v1/4", "lo/6", "v0/6", "v1/6"});
  CHECK(w.k.link_dumps == 1);
  CHECK(w.k.addr_dumps == 1);
  CHECK(w.k.link_gets == 0);
}

TEST_CASE("-a selectors filter by family and by UP") {
  World w;
  CHECK(w.show({"-a4"}) == V{"lo/4", "v0/4", "v0:1/4", "v1/4"});
  CHECK(w.show({"-a", "inet6"}) == V{"lo/6", "v0/6", "v1/6"});
  CHECK(w.show({"-ad"}) == V{"v1/4", "v1/6"});
  CHECK(w.show({"-au6"}) == V{"lo/6", "v0/6"});
}

TEST_CASE("one interface costs one link request and one address dump") {
  World w;
  CHECK(w.show({"v0"}) == V{"v0/4", "v0/6"});
  CHECK(w.k.link_gets == 1);
  CHECK(w.k.addr_dumps == 1);
  CHECK(w.k.link_dumps == 0);
  CHECK(w.show({"v0", "inet"}) == V{"v0/4"});
  CHECK(w.show({"v0:1"}) == V{"v0:1/4"});
}

TEST_CASE("unknown interfaces and units") {
  World w;
  CHECK(w.fail({"eth9"}) == "eth9: no such interface");
  CHECK(w.fail({"v0:7"}) == "v0:7: no such interface");
  w.k.links_[2].has_inet6 = false;
  CHECK(w.fail({"v1", "inet6"}) == "v1: no such interface");
}

TEST_CASE("stored down interfaces show, stale records do not") {
  World w;
  auto& s = w.store.doc.get(2, "v0");
  s.lifs.push_back({AF_INET, 5, false, *parse_inet("10.0.0.5"), 24, std::nullopt, std::nullopt, 0, 0});
  s.lifs.push_back({AF_INET, 3, true, *parse_inet("10.0.0.99"), 24, std::nullopt, std::nullopt, 0, 0});
  w.store.doc.get(7, "gone").inet_unplumbed = true;
  CHECK(w.show({"-a4"}) == V{"lo/4", "v0/4", "v0:1/4", "v0:5/4", "v1/4"});
  CHECK(w.show({"-ad4"}) == V{"v0:5/4", "v1/4"});
  CHECK(w.show({"v0:5"}) == V{"v0:5/4"});
  CHECK(w.store.writes == 0);  // display never writes
}

TEST_CASE("interfaces under DHCP carry the DHCP flag on their IPv4 physical stanza") {
  World w;
  REQUIRE(w.dhcp.start("v0", DhcpMode::primary));
  auto args = parse_ifconfig_args({"-a"});
  auto lifs = select_lifs(w.k, w.store, *args, w.dhcp);
  REQUIRE(lifs);
  std::vector<std::string> flagged;
  for (const auto& l : *lifs)
    if (l.flags & sflag::DHCPRUNNING) flagged.push_back(l.name + (l.family == AF_INET ? "/4" : "/6"));
  CHECK(flagged == V{"v0/4"});
  CHECK(w.dhcp.dir_reads == 1);  // one directory read for every link
  CHECK(w.dhcp.probes == 0);
}

TEST_CASE("-adD and -auD leave out interfaces under DHCP") {
  World w;
  REQUIRE(w.dhcp.start("v0", DhcpMode::primary));
  REQUIRE(w.dhcp.start("v1", DhcpMode::secondary));
  CHECK(w.show({"-auD4"}) == V{"lo/4", "v0:1/4"});
  CHECK(w.show({"-adD4"}) == V{});
  CHECK(w.show({"-ad4"}) == V{"v1/4"});
  w.dhcp.clients.erase("v1");
  CHECK(w.show({"-adD"}) == V{"v1/4", "v1/6"});
}

TEST_CASE("one interface asks the probe about that link only; IPv6 displays do not ask") {
  World w;
  REQUIRE(w.dhcp.start("v0", DhcpMode::primary));
  auto lifs = select_lifs(w.k, w.store, *parse_ifconfig_args({"v0", "inet"}), w.dhcp);
  REQUIRE(lifs);
  CHECK(((*lifs)[0].flags & sflag::DHCPRUNNING) != 0);
  CHECK(w.dhcp.probes == 1);
  CHECK(w.dhcp.dir_reads == 0);
  CHECK(w.show({"v0", "inet6"}) == V{"v0/6"});
  CHECK(w.show({"-a6"}) == V{"lo/6", "v0/6", "v1/6"});
  CHECK(w.dhcp.probes == 1);
  CHECK(w.dhcp.dir_reads == 0);
}

}  // namespace src_ifconfig_show_test
