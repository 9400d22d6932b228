#include "lib/ifconfig/lif.h"

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/sol_flags.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_lif_test {

static std::vector<std::string> names(const std::vector<Lif>& lifs) {
  std::vector<std::string> out;
  for (const auto& l : lifs) out.push_back(l.name + (l.family == AF_INET ? "/4" : "/6"));
  return out;
}

TEST_CASE("lowest_free_unit starts at 1 and fills holes") {
  CHECK(lowest_free_unit({}) == 1);
  CHECK(lowest_free_unit({0}) == 1);
  CHECK(lowest_free_unit({1, 2, 4}) == 3);
  CHECK(lowest_free_unit({3, 1, 2}) == 4);
}

TEST_CASE("every IPv4 address gets a stanza; unlabelled ones the lowest free unit") {
  auto link = ether_link(3, "v0");
  std::vector<Addr> addrs = {
      v4(3, "10.0.0.1", 24, "v0"),     // the physical
      v4(3, "10.0.0.2", 24, "v0:1"),
      v4(3, "10.0.0.3", 24, "v0"),     // ip addr add, no label
      v4(3, "10.0.0.4", 24, "v0:3"),
      v4(3, "10.0.0.5", 24, "v0:web"), // a label that names no unit
      v4(3, "10.0.0.6", 24, "v0:1"),   // duplicate label
  };
  auto lifs = build_lifs(link, addrs, nullptr, AF_INET, {});
  CHECK(names(lifs) == std::vector<std::string>{"v0/4", "v0:1/4", "v0:2/4", "v0:3/4", "v0:4/4", "v0:5/4"});
  CHECK(lifs[0].address->str() == "10.0.0.1");
  CHECK(lifs[0].labelled);
  CHECK(lifs[1].labelled);
  CHECK(lifs[2].address->str() == "10.0.0.3");
  CHECK_FALSE(lifs[2].labelled);
  CHECK(lifs[2].label == "v0");
  CHECK(lifs[4].address->str() == "10.0.0.5");
  CHECK(lifs[4].label == "v0:web");
  CHECK(lifs[5].address->str() == "10.0.0.6");
  CHECK(lifs[0].flags == (sflag::UP | sflag::BROADCAST | sflag::RUNNING | sflag::MULTICAST | sflag::IPV4));
  CHECK(lifs[0].ether);
  CHECK_FALSE(lifs[1].ether);
}

TEST_CASE("eth0:0 is a logical interface of its own, as net-tools made it") {
  auto link = ether_link(2, "eth0");
  auto lifs = build_lifs(link, {v4(2, "172.16.3.1", 24, "eth0"), v4(2, "172.16.3.10", 24, "eth0:0")},
                         nullptr, AF_INET, {});
  CHECK(names(lifs) == std::vector<std::string>{"eth0/4", "eth0:0/4"});
}

TEST_CASE("a link with only labelled aliases shows an unaddressed physical") {
  auto link = ether_link(3, "v0");
  auto lifs = build_lifs(link, {v4(3, "10.0.0.2", 24, "v0:1")}, nullptr, AF_INET, {});
  REQUIRE(lifs.size() == 2);
  CHECK_FALSE(lifs[0].address);
  CHECK(lifs[0].prefixlen == 0);
  CHECK(lifs[1].name == "v0:1");
}

TEST_CASE("IPv6: link-local is the physical, others take units in order of creation") {
  auto link = ether_link(3, "v0");
  // as Linux lists them: newest first within a scope, global before link
  std::vector<Addr> addrs = {v6(3, "2001:db8::6", 64, IFA_F_DEPRECATED), v6(3, "2001:db8::5", 64),
                             v6(3, "fe80::1", 64)};
  auto lifs = build_lifs(link, addrs, nullptr, 0, {});
  CHECK(names(lifs) == std::vector<std::string>{"v0/4", "v0/6", "v0:1/6", "v0:2/6"});
  CHECK(lifs[1].address->str() == "fe80::1");
  CHECK(lifs[1].ether);
  CHECK(lifs[2].address->str() == "2001:db8::5");
  CHECK((lifs[3].flags & sflag::DEPRECATED));
  CHECK_FALSE((lifs[1].flags & sflag::BROADCAST));
  CHECK((lifs[1].flags & sflag::IPV6));
}

TEST_CASE("IPv6 without a link-local: the oldest address is the physical's") {
  auto link = ether_link(3, "v0");
  auto lifs = build_lifs(link, {v6(3, "2001:db8::6", 64), v6(3, "2001:db8::5", 64)}, nullptr, AF_INET6, {});
  CHECK(names(lifs) == std::vector<std::string>{"v0/6", "v0:1/6"});
  CHECK(lifs[0].address->str() == "2001:db8::5");
}

TEST_CASE("IPv6 stanzas need IPv6 enabled or an address") {
  auto link = ether_link(3, "v0");
  link.ipv6_disabled = true;
  CHECK(names(build_lifs(link, {}, nullptr, 0, {})) == std::vector<std::string>{"v0/4"});
  link.has_inet6 = false;
  link.ipv6_disabled = false;
  CHECK(names(build_lifs(link, {}, nullptr, 0, {})) == std::vector<std::string>{"v0/4"});
}

TEST_CASE("the state store supplies down interfaces, units and flags") {
  auto link = ether_link(3, "v0");
  StoredLink s;
  s.index = 3;
  s.name = "v0";
  s.flags4 = sflag::PRIVATE;
  s.lifs.push_back({AF_INET, 4, false, *parse_inet("10.0.0.9"), 24, std::nullopt, std::nullopt, 7, sflag::NOXMIT});
  s.lifs.push_back({AF_INET, 2, true, *parse_inet("10.0.0.3"), 24, std::nullopt, std::nullopt, 0, 0});
  s.lifs.push_back({AF_INET, 1, false, {}, 0, std::nullopt, std::nullopt, 0, 0});
  std::vector<Addr> addrs = {v4(3, "10.0.0.1", 24, "v0"), v4(3, "10.0.0.3", 24, "v0"),
                             v4(3, "10.0.0.4", 24, "v0")};
  auto lifs = build_lifs(link, addrs, &s, AF_INET, {});
  CHECK(names(lifs) == std::vector<std::string>{"v0/4", "v0:1/4", "v0:2/4", "v0:3/4", "v0:4/4"});
  CHECK((lifs[0].flags & sflag::PRIVATE));
  CHECK_FALSE(lifs[1].address);        // allocated, no address yet
  CHECK_FALSE((lifs[1].flags & sflag::UP));
  CHECK(lifs[2].address->str() == "10.0.0.3");  // unit kept by the store
  CHECK(lifs[3].address->str() == "10.0.0.4");
  CHECK_FALSE(lifs[4].installed);
  CHECK_FALSE((lifs[4].flags & sflag::UP));
  CHECK((lifs[4].flags & sflag::NOXMIT));
  CHECK(lifs[4].metric == 7);
}

TEST_CASE("a logical interface kept up without an address is UP while the link is") {
  auto link = ether_link(3, "v0");
  StoredLink s;
  s.index = 3;
  s.name = "v0";
  s.lifs.push_back({AF_INET, 1, false, {}, 0, std::nullopt, std::nullopt, 0, 0, true});
  auto lifs = build_lifs(link, {}, &s, AF_INET, {});
  REQUIRE(lifs.size() == 2);
  CHECK_FALSE(lifs[1].address);
  CHECK_FALSE(lifs[1].installed);
  CHECK(lifs[1].lif_up);
  CHECK((lifs[1].flags & sflag::UP));
  link.flags &= ~IFF_UP;
  auto down = build_lifs(link, {}, &s, AF_INET, {});
  CHECK(down[1].lif_up);
  CHECK_FALSE((down[1].flags & sflag::UP));
}

TEST_CASE("a kernel label wins over a stale stored unit") {
  auto link = ether_link(3, "v0");
  StoredLink s;
  s.index = 3;
  s.name = "v0";
  s.lifs.push_back({AF_INET, 1, false, *parse_inet("10.0.0.9"), 24, std::nullopt, std::nullopt, 0, 0});
  auto lifs = build_lifs(link, {v4(3, "10.0.0.2", 24, "v0:1")}, &s, AF_INET, {});
  REQUIRE(lifs.size() == 2);
  CHECK(lifs[1].address->str() == "10.0.0.2");
}

TEST_CASE("unplumbed for inet hides the IPv4 stanza until an address appears") {
  auto link = ether_link(3, "v0");
  link.has_inet6 = false;
  StoredLink s;
  s.inet_unplumbed = true;
  CHECK(build_lifs(link, {}, &s, AF_INET, {}).empty());
  CHECK(build_lifs(link, {v4(3, "10.0.0.1", 24, "v0")}, &s, AF_INET, {}).size() == 1);
}

TEST_CASE("loopback is VIRTUAL and has no ether line; DHCP marks the physical") {
  auto lo = loopback();
  auto lifs = build_lifs(lo, {v4(1, "127.0.0.1", 8, "lo", false), v6(1, "::1", 128)}, nullptr, 0, {});
  REQUIRE(lifs.size() == 2);
  CHECK(lifs[0].flags == (sflag::UP | sflag::LOOPBACK | sflag::RUNNING | sflag::IPV4 | sflag::VIRTUAL));
  CHECK_FALSE(lifs[0].ether);
  auto link = ether_link(3, "v0");
  auto d = build_lifs(link, {v4(3, "10.0.0.1", 24, "v0"), v4(3, "10.0.0.2", 24, "v0:1")}, nullptr, AF_INET,
                      LinkExtras{.dhcp = true});
  CHECK((d[0].flags & sflag::DHCPRUNNING));
  CHECK_FALSE((d[1].flags & sflag::DHCPRUNNING));
}

TEST_CASE("a down link takes UP off every logical interface") {
  auto link = ether_link(3, "v0", IFF_BROADCAST | IFF_MULTICAST);
  auto lifs = build_lifs(link, {v4(3, "10.0.0.1", 24, "v0"), v4(3, "10.0.0.2", 24, "v0:1")}, nullptr, AF_INET, {});
  CHECK(lifs[0].flags == (sflag::BROADCAST | sflag::MULTICAST | sflag::IPV4));
  CHECK_FALSE((lifs[1].flags & sflag::UP));
}

TEST_CASE("point-to-point peers and metrics carry over") {
  auto link = ether_link(3, "v0");
  auto a = v4(3, "10.9.0.1", 32, "v0", false);
  a.peer = *parse_inet("10.9.0.2");
  a.metric = 20;
  auto lifs = build_lifs(link, {a}, nullptr, AF_INET, {});
  CHECK((lifs[0].flags & sflag::POINTOPOINT));
  CHECK(lifs[0].destination->str() == "10.9.0.2");
  CHECK(lifs[0].metric == 20);
}

TEST_CASE("IPv6: the stored physical address wins over link-locals; pinned units stay") {
  auto link = ether_link(3, "v0");
  StoredLink s;
  s.index = 3;
  s.name = "v0";
  s.physical6 = *parse_inet("2001:db8::1");
  s.lifs.push_back({AF_INET6, 4, true, *parse_inet("fe80::9"), 64, std::nullopt, std::nullopt, 0, 0});
  // the kernel made a link-local again after the physical's was replaced
  std::vector<Addr> addrs = {v6(3, "2001:db8::1", 64), v6(3, "fe80::9", 64), v6(3, "fe80::1", 64)};
  auto lifs = build_lifs(link, addrs, &s, AF_INET6, {});
  CHECK(names(lifs) == std::vector<std::string>{"v0/6", "v0:1/6", "v0:4/6"});
  CHECK(lifs[0].address->str() == "2001:db8::1");
  CHECK(lifs[1].address->str() == "fe80::1");
  CHECK(lifs[2].address->str() == "fe80::9");
  // a stored physical the kernel lost: the oldest link-local again
  s.physical6 = *parse_inet("2001:db8::77");
  CHECK(build_lifs(link, addrs, &s, AF_INET6, {})[0].address->str() == "fe80::1");
}

TEST_CASE("IPv6: the physical stanza carries the link's token and ROUTER follows forwarding6") {
  auto link = ether_link(3, "v0");
  link.ipv6_token = *parse_inet("::1:2:3:4");
  link.forwarding6 = true;
  auto lifs = build_lifs(link, {v6(3, "2001:db8::5", 64), v6(3, "fe80::1", 64)}, nullptr, 0, {});
  REQUIRE(lifs.size() == 3);
  CHECK_FALSE(lifs[0].token.family);
  CHECK_FALSE((lifs[0].flags & sflag::ROUTER));
  CHECK(lifs[1].token == *parse_inet("::1:2:3:4"));
  CHECK((lifs[1].flags & sflag::ROUTER));
  CHECK((lifs[2].flags & sflag::ROUTER));
  CHECK_FALSE(lifs[2].token.family);
}

TEST_CASE("unit_lifs makes what build_lifs makes of that unit, on generated links") {
  auto link = ether_link(3, "v0");
  uint32_t seed = 11;
  const auto next = [&] { return (seed = seed * 1103515245u + 12345u) >> 8; };
  for (int round = 0; round < 100; ++round) {
    std::vector<Addr> addrs;
    StoredLink s;
    s.index = 3;
    s.name = "v0";
    for (int i = static_cast<int>(next() % 30); i > 0; --i) {
      const std::string n = std::to_string(next() % 256);
      switch (next() % 4) {
        case 0: addrs.push_back(v4(3, ("10.0.0." + n).c_str(), 24, "v0")); break;
        case 1: addrs.push_back(v4(3, ("10.0.1." + n).c_str(), 24, "v0:" + std::to_string(next() % 12))); break;
        case 2: addrs.push_back(v6(3, ("2001:db8::" + n).c_str(), 64)); break;
        default: s.lifs.push_back({AF_INET, next() % 12, false, *parse_inet(("10.0.2." + n).c_str()), 24,
                                   std::nullopt, std::nullopt, 0, 0});
      }
    }
    const auto all = build_lifs(link, addrs, &s, 0, {});
    for (unsigned u = 0; u < 14; ++u) {
      const std::optional<unsigned> unit = u ? std::optional(u - 1) : std::nullopt;
      std::vector<std::string> want;
      for (const auto& l : all)
        if (l.unit == unit) want.push_back(l.name + (l.address ? l.address->str() : "-") + std::to_string(l.flags));
      std::vector<std::string> got;
      for (const auto& l : unit_lifs(link, addrs, &s, 0, {}, unit))
        got.push_back(l.name + (l.address ? l.address->str() : "-") + std::to_string(l.flags));
      CHECK(got == want);
    }
  }
}

}  // namespace lib_ifconfig_lif_test
