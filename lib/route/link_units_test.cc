#include "lib/route/link_units.h"

#include <doctest/doctest.h>

#include <map>
#include <random>
#include <set>

#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/lif.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_link_units_test {

// What route --json named before LinkUnits: every logical interface
// build_lifs makes, the first of an address winning.
std::map<InetAddr, std::string> by_build_lifs(const Link& link, const std::vector<Addr>& addrs) {
  std::map<InetAddr, std::string> out;
  for (const auto& l : build_lifs(link, addrs, nullptr, 0, {}))
    if (l.installed && l.address) out.emplace(*l.address, l.name);
  return out;
}

LinkUnits units_of(const Link& link, const std::vector<Addr>& addrs) {
  LinkUnits u(link.name);
  for (const auto& a : addrs) u.add(a.local, a.peer.value_or(a.local), a.prefixlen, a.label);
  REQUIRE(u.number());
  return u;
}

// A link's addresses drawn at random: labels of the link, of its units
// (some claimed twice), of no unit, none; the same local address with
// other prefix lengths; IPv6 link-locals or not.
std::vector<Addr> random_addrs(std::mt19937& rng, const std::string& link) {
  auto pick = [&](uint32_t n) { return static_cast<uint32_t>(rng() % n); };
  std::vector<Addr> out;
  std::set<std::tuple<InetAddr, int>> keys;
  for (uint32_t i = 0, n = pick(40); i < n; ++i) {
    Addr a;
    a.ifindex = 2;
    if (pick(4)) {
      a.family = AF_INET;
      a.local = InetAddr::from_v4(0x0a000000u + pick(16));
      a.prefixlen = static_cast<int>(8 + pick(3) * 8);
      const uint32_t kind = pick(6);
      if (kind == 0) a.label = link;
      else if (kind <= 2) a.label = link + ":" + std::to_string(pick(12));
      else if (kind == 3) a.label = link + ":web";
      else if (kind == 4) a.label = "";
      else a.label = link + ":0" + std::to_string(pick(3));
    } else {
      a.family = AF_INET6;
      a.local = *parse_inet(pick(3) ? "2001:db8::" : "fe80::");
      a.local.bytes[15] = static_cast<uint8_t>(pick(8));
      a.prefixlen = 64;
    }
    if (keys.emplace(a.local, a.prefixlen).second) out.push_back(a);
  }
  return out;
}

TEST_CASE("LinkUnits names every address as build_lifs does, on generated links") {
  std::mt19937 rng(17);
  const Link link = ether_link(2, "eth0");
  for (int i = 0; i < 2000; ++i) {
    const auto addrs = random_addrs(rng, link.name);
    const auto want = by_build_lifs(link, addrs);
    const LinkUnits units = units_of(link, addrs);
    INFO("link " << i);
    for (const auto& a : addrs) {
      auto w = want.find(a.local);
      REQUIRE(w != want.end());
      CHECK(units.name(a.local) == w->second);
    }
  }
}

TEST_CASE("LinkUnits: unlabelled addresses take the lowest free units; IPv6 is numbered oldest first") {
  const Link link = ether_link(2, "eth0");
  const std::vector<Addr> addrs = {v4(2, "10.0.0.1", 24, "eth0"), v4(2, "10.0.0.2", 24, "eth0:2"),
                                   v4(2, "10.0.0.3", 24, ""), v4(2, "10.0.0.4", 24, "eth0:2"),
                                   v6(2, "2001:db8::2", 64), v6(2, "2001:db8::1", 64)};
  const LinkUnits units = units_of(link, addrs);
  CHECK(units.name(*parse_inet("10.0.0.1")) == "eth0");
  CHECK(units.name(*parse_inet("10.0.0.2")) == "eth0:2");
  CHECK(units.name(*parse_inet("10.0.0.3")) == "eth0:1");
  CHECK(units.name(*parse_inet("10.0.0.4")) == "eth0:3");
  // No link-local: the oldest (listed last) is the physical interface's.
  CHECK(units.name(*parse_inet("2001:db8::1")) == "eth0");
  CHECK(units.name(*parse_inet("2001:db8::2")) == "eth0:1");
  CHECK_FALSE(units.name(*parse_inet("10.9.9.9")));
}

TEST_CASE("LinkUnits: an address listed twice is a dump the kernel interrupted") {
  LinkUnits u("eth0");
  const InetAddr a = *parse_inet("10.0.0.1");
  u.add(a, a, 24, "eth0");
  u.add(a, a, 24, "eth0");
  CHECK_FALSE(u.number());
}

}  // namespace lib_route_link_units_test
