// IPv6 usesrc: illumos ifconfig(8) Example 9 ("ifconfig eth0 inet6 usesrc
// vni0"). Each family's usesrc is its own, as illumos keeps one per IP
// interface.
#include <linux/if_addr.h>
#include <linux/rtnetlink.h>

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/usesrc.h"
#include "src/ifconfig/test_world.h"
#include "src/ifconfig/usesrc_routes.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_ifconfig_usesrc6_test {

using V = std::vector<std::string>;

Addr link_local(int ifindex, const char* a) {
  Addr x = v6(ifindex, a, 64);
  x.scope = RT_SCOPE_LINK;
  return x;
}

Route route6(const char* dst, int len, const char* gw, int oif, uint8_t protocol) {
  Route r;
  r.family = AF_INET6;
  r.dst = *parse_inet(dst);
  r.dst_len = len;
  if (gw) r.gateway = *parse_inet(gw);
  r.oif = oif;
  r.protocol = protocol;
  return r;
}

struct World : IfconfigWorld {
  World() {
    Link vni = ether_link(4, "vni0", IFF_UP | IFF_BROADCAST | IFF_NOARP | IFF_RUNNING);
    vni.kind = "dummy";
    k.links_ = {loopback(), ether_link(2, "v0"), vni};
    k.addrs_ = {v4(2, "10.0.0.1", 24, "v0"),      link_local(2, "fe80::1"), v6(2, "2001:db8::1", 64),
                v4(4, "192.0.2.5", 32, "vni0", false), link_local(4, "fe80::4"), v6(4, "2001:db8:ffff::5", 128)};
    rk.routes_ = {prefix_route4("10.0.0.0", 24, 2, "10.0.0.1"), route6("2001:db8::", 64, nullptr, 2, RTPROT_KERNEL),
                  route6("fe80::", 64, nullptr, 2, RTPROT_KERNEL),
                  route6("2001:db8:50::", 48, "fe80::99", 2, RTPROT_BOOT)};
  }
  // "dst/len src" of the routes, in order ("-" without a source).
  V sources() const {
    V out;
    for (const auto& r : rk.routes_)
      out.push_back(r.dst.str() + "/" + std::to_string(r.dst_len) + " " + (r.prefsrc ? r.prefsrc->str() : "-"));
    return out;
  }
};

TEST_CASE("inet6 usesrc points the link's IPv6 routes at the source's global address; IPv4 is left alone") {
  World w;
  w.ok({"v0", "inet6", "usesrc", "vni0"});
  CHECK(w.sources() == V{"10.0.0.0/24 10.0.0.1", "2001:db8::/64 2001:db8:ffff::5", "fe80::/64 -",
                         "2001:db8:50::/48 2001:db8:ffff::5"});
  REQUIRE(w.store.doc.usesrc.size() == 1);
  CHECK(w.store.doc.usesrc[0] == StoredUsesrc{2, "v0", 4, "vni0", AF_INET6});
  // the two families apart: an IPv4 usesrc leaves the IPv6 one as it is
  w.ok({"v0", "usesrc", "vni0"});
  CHECK(w.sources() == V{"10.0.0.0/24 192.0.2.5", "2001:db8::/64 2001:db8:ffff::5", "fe80::/64 -",
                         "2001:db8:50::/48 2001:db8:ffff::5"});
  w.ok({"v0", "inet6", "usesrc", "none"});
  CHECK(w.sources() == V{"10.0.0.0/24 192.0.2.5", "2001:db8::/64 -", "fe80::/64 -", "2001:db8:50::/48 -"});
  REQUIRE(w.store.doc.usesrc.size() == 1);
  CHECK(w.store.doc.usesrc[0].family == AF_INET);
}

TEST_CASE("inet6 usesrc shows on the IPv6 stanzas, srcof on the source's, in configinfo too") {
  World w;
  w.ok({"v0", "inet6", "usesrc", "vni0"});
  const std::string v0 = w.show({"v0", "inet6"});
  CHECK(v0.find("\tusesrc vni0\n") != std::string::npos);
  CHECK(w.show({"v0", "inet"}).find("usesrc") == std::string::npos);
  CHECK(w.show({"vni0", "inet6"}).find("\tsrcof v0\n") != std::string::npos);
  CHECK(w.show({"vni0", "inet"}).find("srcof") == std::string::npos);
  CHECK(w.ok({"-a6", "configinfo"}).find("v0 inet6 plumb") != std::string::npos);
  CHECK(w.ok({"v0", "inet6", "configinfo"}).find(" usesrc vni0") != std::string::npos);
}

TEST_CASE("the source lends no tentative, deprecated or link-local address; none: the defaults") {
  World w;
  std::erase_if(w.k.addrs_, [](const Addr& a) { return a.local == ip("2001:db8:ffff::5"); });
  Addr deprecated = v6(4, "2001:db8:ffff::7", 128);
  deprecated.preferred_lft = 0;
  w.k.addrs_.push_back(deprecated);
  w.ok({"v0", "inet6", "usesrc", "vni0"});
  CHECK(w.sources()[1] == "2001:db8::/64 -");
  // a tentative one is none yet, but one soon
  w.k.addrs_.push_back(v6(4, "2001:db8:ffff::6", 128, IFA_F_TENTATIVE));
  auto of_vni = [&] {
    std::vector<Addr> out;
    for (const auto& a : w.k.addrs_)
      if (a.ifindex == 4) out.push_back(a);
    return out;
  };
  CHECK_FALSE(usesrc_address("vni0", of_vni(), AF_INET6));
  CHECK(usesrc_address_pending(of_vni(), AF_INET6));
  CHECK_FALSE(usesrc_address_pending(of_vni(), AF_INET));
  w.k.addrs_.back().flags |= IFA_F_DADFAILED;
  CHECK_FALSE(usesrc_address_pending(of_vni(), AF_INET6));
  w.k.addrs_.push_back(v6(4, "2001:db8:ffff::8", 128));
  CHECK(usesrc_address("vni0", of_vni(), AF_INET6) == ip("2001:db8:ffff::8"));
}

TEST_CASE("usesrc_source for IPv6 routes that route adds later") {
  World w;
  w.ok({"v0", "inet6", "usesrc", "vni0"});
  CHECK(*usesrc_source(w.k, w.store.doc, 2, AF_INET6) == ip("2001:db8:ffff::5"));
  CHECK_FALSE(*usesrc_source(w.k, w.store.doc, 2, AF_INET));
}

TEST_CASE("the store keeps each record's family; records without one are inet") {
  StoreDoc doc;
  const Link v0 = ether_link(2, "v0"), vni = ether_link(4, "vni0");
  set_usesrc(doc, v0, &vni, AF_INET6);
  set_usesrc(doc, v0, &vni, AF_INET);
  CHECK(doc.usesrc.size() == 2);
  auto back = store_from_json(store_to_json(doc));
  REQUIRE(back);
  CHECK(*back == doc);
  auto old = store_from_json(
      R"({"version": 1, "links": [], "usesrc": [{"index": 2, "name": "v0", "source_index": 4, "source_name": "vni0"}]})");
  REQUIRE(old);
  REQUIRE(old->usesrc.size() == 1);
  CHECK(old->usesrc[0].family == AF_INET);
  drop_usesrc_of(doc, 4);
  CHECK(doc.usesrc.empty());
}

}  // namespace src_ifconfig_usesrc6_test
