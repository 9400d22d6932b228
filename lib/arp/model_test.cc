#include "lib/arp/model.h"

#include <doctest/doctest.h>

#include "lib/arp/test_fixtures.h"
#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_arp_model_test {

// The rows of `ns`, then one whole-link row per link (or "all") with
// proxy_arp on, as src/arp/show.cc makes them.
std::vector<ArpEntry> join_entries(const std::vector<Neighbour>& ns, const ProxyArp& proxy_arp,
                                   const std::vector<Link>& links) {
  const auto link = [&](int index) -> const Link* {
    for (const auto& l : links)
      if (l.index == index) return &l;
    return nullptr;
  };
  std::vector<ArpEntry> out(ns.size());
  for (std::size_t i = 0; i < ns.size(); ++i) join_entry(ns[i], link(ns[i].ifindex), out[i]);
  for (int i : proxy_arp.ifindexes) whole_link_entry(link(i), out.emplace_back());
  if (proxy_arp.all) whole_link_entry(link(0), out.emplace_back());
  return out;
}

TEST_CASE("entries join their link: name, type; a proxy entry answers with the link's address") {
  std::vector<Link> links = {loopback(), ether_link(2, "v0")};
  Neighbour auth = neigh("10.0.0.3", 2, mac(3), NUD_PERMANENT);
  auth.protocol = kAuthorityProtocol;
  ProxyArp pa;
  pa.ifindexes = {2};
  pa.all = true;
  auto es = join_entries({neigh("10.0.0.2", 2, mac(2), NUD_REACHABLE), auth, proxy("10.0.0.9", 2), proxy("10.0.0.8", 0)},
                         pa, links);
  REQUIRE(es.size() == 6);
  CHECK(es[0].ifname == "v0");
  CHECK(es[0].hwtype == ARPHRD_ETHER);
  CHECK(es[0].lladdr == mac(2));
  CHECK_FALSE(es[0].authority);
  CHECK(es[1].authority);
  CHECK(es[2].proxy);
  CHECK(es[2].state == NUD_PERMANENT);
  CHECK(es[2].lladdr == links[1].hwaddr);
  CHECK(es[3].ifname.empty());
  CHECK(es[3].lladdr.empty());
  CHECK(es[4].whole_link);
  CHECK(es[4].ifname == "v0");
  CHECK(es[4].addr.str() == "0.0.0.0");
  CHECK(es[5].whole_link);
  CHECK(es[5].ifname.empty());
}

TEST_CASE("states: names and which hold an address") {
  CHECK(state_name(NUD_REACHABLE) == "reachable");
  CHECK(state_name(NUD_PERMANENT) == "permanent");
  CHECK(state_name(NUD_INCOMPLETE) == "incomplete");
  CHECK(state_name(NUD_FAILED) == "failed");
  CHECK(state_name(NUD_NOARP) == "noarp");
  CHECK(state_name(0) == "none");
  CHECK(is_resolved(NUD_STALE));
  CHECK(is_resolved(NUD_DELAY));
  CHECK_FALSE(is_resolved(NUD_INCOMPLETE));
  CHECK_FALSE(is_resolved(NUD_FAILED));
}

TEST_CASE("filters: host, interface ('*' for every link), hardware type") {
  auto e = entry("10.0.0.2", "v0", mac(2), NUD_REACHABLE);
  ArpFilter f;
  CHECK(f.matches(e));
  f.host = ip("10.0.0.2");
  CHECK(f.matches(e));
  f.device = "v1";
  CHECK_FALSE(f.matches(e));
  ArpFilter star;
  star.device = "*";
  auto any = entry("10.0.0.9", "", {}, NUD_PERMANENT);
  CHECK(star.matches(any));
  ArpFilter hw;
  hw.hwtype = ARPHRD_LOOPBACK;
  CHECK_FALSE(hw.matches(e));
}

}  // namespace lib_arp_model_test
