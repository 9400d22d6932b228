#include "src/route/resolve.h"

#include <doctest/doctest.h>

#include "lib/route/args.h"
#include "lib/route/nettools_args.h"
#include "src/route/test_world.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_route_resolve_test {

namespace {

using V = std::vector<std::string>;

RouteRequest parsed(RouteWorld& w, V words, RouteGlobals g = {}) {
  auto inv = parse_route(g, words, w.names, [&](const std::string& phys) {
    auto l = w.kernel.link(phys);
    return l && l->has_value();
  });
  REQUIRE_MESSAGE(inv, (inv ? "" : inv.error().message));
  return inv->solaris ? inv->solaris->req : inv->nettools;
}

Route one(RouteWorld& w, V words, RouteGlobals g = {}) {
  auto r = resolve_route(parsed(w, words, g), w.kernel, w.store, w.routes);
  REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
  REQUIRE(r->candidates.size() == 1);
  return r->candidates.front();
}

Error fails(RouteWorld& w, V words) {
  auto r = resolve_route(parsed(w, words), w.kernel, w.store, w.routes);
  REQUIRE_FALSE(r);
  return r.error();
}

}  // namespace

TEST_CASE("net-tools add: protocol boot, SIOCADDRT's scopes") {
  RouteWorld w;
  auto gw = one(w, {"add", "-net", "10.9.0.0", "netmask", "255.255.0.0", "gw", "172.16.3.200"});
  CHECK(gw.protocol == RTPROT_BOOT);
  CHECK(gw.scope == RT_SCOPE_UNIVERSE);
  CHECK(gw.table == RT_TABLE_MAIN);
  CHECK(gw.type == RTN_UNICAST);
  CHECK(gw.gateway.str() == "172.16.3.200");
  CHECK_FALSE(gw.priority);
  CHECK(gw.oif == 0);
  // A gateway that is one of our addresses or a broadcast: link scope.
  CHECK(one(w, {"add", "-host", "10.19.0.1", "gw", "172.16.3.1"}).scope == RT_SCOPE_LINK);
  CHECK(one(w, {"add", "-host", "10.19.0.1", "gw", "172.16.255.255"}).scope == RT_SCOPE_LINK);
  auto dev = one(w, {"add", "-net", "10.14.0.0/16", "dev", "eth0", "metric", "5", "mss", "1400"});
  CHECK(dev.scope == RT_SCOPE_LINK);
  CHECK(dev.oif == 2);
  CHECK(dev.priority == 5u);
  CHECK(dev.metrics.advmss == 1360u);
  auto rej = one(w, {"add", "-net", "10.15.0.0/16", "reject", "dev", "eth0"});
  CHECK(rej.type == RTN_UNREACHABLE);
  CHECK(rej.scope == RT_SCOPE_HOST);
  CHECK(rej.oif == 0);  // SIOCADDRT ignores the device of a reject route
}

TEST_CASE("net-tools del: wildcards for what was not said") {
  RouteWorld w;
  auto d = one(w, {"del", "-net", "10.9.0.0/16", "gw", "172.16.3.200"});
  CHECK(d.protocol == RTPROT_UNSPEC);
  CHECK(d.scope == RT_SCOPE_NOWHERE);
  CHECK(d.type == RTN_UNICAST);
  CHECK_FALSE(d.priority);
  CHECK(d.metrics.empty());
  auto r = one(w, {"del", "-net", "10.15.0.0/16", "reject"});
  CHECK(r.type == RTN_UNREACHABLE);
  CHECK(r.scope == RT_SCOPE_HOST);
}

TEST_CASE("dev eth0:0 is RTA_OIF eth0 with eth0:0's address as source") {
  RouteWorld w;
  auto r = one(w, {"add", "-host", "172.16.3.10", "dev", "eth0:0"});
  CHECK(r.oif == 2);
  CHECK(r.prefsrc->str() == "172.16.3.10");
  // The unlabelled address is eth0:1 for ifconfig, so for route too.
  CHECK(one(w, {"add", "-host", "10.5.5.5", "dev", "eth0:1"}).prefsrc->str() == "172.16.3.20");
  CHECK_FALSE(one(w, {"add", "-host", "10.5.5.5", "dev", "eth0"}).prefsrc);
  auto e = fails(w, {"add", "-host", "10.5.5.5", "dev", "eth0:7"});
  CHECK(e.message == "eth0:7: no such interface");
  CHECK(e.exit_code == kExitKernel);
  CHECK(fails(w, {"add", "-host", "10.5.5.5", "dev", "eth9"}).message == "eth9: no such interface");
}

TEST_CASE("a stored, down logical interface gives no source") {
  RouteWorld w;
  auto& s = w.store.doc.get(2, "eth0");
  s.lifs.push_back({AF_INET, 5, false, *parse_inet("172.16.3.50"), 16, std::nullopt, std::nullopt, 0, 0});
  CHECK(fails(w, {"add", "-host", "10.5.5.5", "dev", "eth0:5"}).message ==
        "eth0:5: logical interface has no address in the kernel");
}

TEST_CASE("-net without a netmask: the interface's subnet, else the class") {
  RouteWorld w;
  auto lo = one(w, {"add", "-net", "127.0.0.0"});
  CHECK(lo.dst_len == 8);
  CHECK(lo.oif == 1);  // neither dev nor gw: the interface is the device
  auto eth = one(w, {"add", "-net", "172.16.3.0", "dev", "eth0"});
  CHECK(eth.dst.str() == "172.16.0.0");
  CHECK(eth.dst_len == 16);
  // eth1 is down: its subnet does not count.
  auto down = one(w, {"add", "-net", "192.168.9.0", "gw", "172.16.3.200"});
  CHECK(down.dst_len == 24);
  CHECK(down.oif == 0);
  auto alias = one(w, {"add", "-net", "172.16.7.0", "dev", "eth0:0"});
  CHECK(alias.dst_len == 16);
  CHECK(alias.prefsrc->str() == "172.16.3.10");
  auto r = resolve_route(parsed(w, {"add", "-net", "127.0.0.0"}), w.kernel, w.store, w.routes);
  CHECK(r->exists_ok);
  auto given = resolve_route(parsed(w, {"add", "-net", "10.0.0.0/8", "dev", "eth0"}), w.kernel, w.store, w.routes);
  CHECK_FALSE(given->exists_ok);
}

TEST_CASE("net-tools inet6: metric 1, on-link hosts, boot") {
  RouteWorld w;
  RouteGlobals g;
  g.families = {"inet6"};
  auto r = one(w, {"add", "2001:db8:1::6/128", "dev", "eth0"}, g);
  CHECK(r.family == AF_INET6);
  CHECK(r.priority == 1u);
  CHECK(r.flags == RTNH_F_ONLINK);
  CHECK(r.protocol == RTPROT_BOOT);
  CHECK(r.oif == 2);
  CHECK_FALSE(r.prefsrc);
}

TEST_CASE("Solaris add: protocol static, gateway names tried in order") {
  RouteWorld w;
  w.names.hosts["172.16.3.200"] = "router";
  w.names.more_addrs["router"] = {"172.16.3.201"};
  auto r = resolve_route(parsed(w, {"add", "-net", "10.9.0.0/16", "router"}), w.kernel, w.store, w.routes);
  REQUIRE(r);
  REQUIRE(r->candidates.size() == 2);
  CHECK(r->candidates[1].gateway.str() == "172.16.3.201");
  CHECK(r->candidates[0].protocol == RTPROT_STATIC);
  CHECK(r->candidates[0].scope == RT_SCOPE_UNIVERSE);
  CHECK_FALSE(r->exists_ok);
}

TEST_CASE("Solaris -interface, -ifa, -setsrc, -ifp choose interface and source") {
  RouteWorld w;
  auto i = one(w, {"add", "-net", "10.9.0.0/16", "172.16.3.10", "-interface"});
  CHECK_FALSE(i.has_gateway());
  CHECK(i.oif == 2);
  CHECK(i.prefsrc->str() == "172.16.3.10");
  CHECK(i.scope == RT_SCOPE_LINK);
  CHECK(i.protocol == RTPROT_BOOT);
  auto a = one(w, {"add", "-net", "10.9.0.0/16", "172.16.3.200", "-ifa", "172.16.3.20"});
  CHECK(a.oif == 2);
  CHECK(a.prefsrc->str() == "172.16.3.20");
  auto s = one(w, {"add", "-net", "10.9.0.0/16", "172.16.3.200", "-ifp", "eth0:0", "-setsrc", "172.16.3.20"});
  CHECK(s.prefsrc->str() == "172.16.3.20");  // -setsrc wins over the logical interface
  auto p = one(w, {"add", "-net", "10.9.0.0/16", "172.16.3.200", "-ifp", "eth0:0"});
  CHECK(p.prefsrc->str() == "172.16.3.10");
  CHECK(fails(w, {"add", "-net", "10.9.0.0/16", "10.1.1.1", "-interface"}).message ==
        "10.1.1.1: not an address of this host");
  CHECK(fails(w, {"add", "-net", "10.9.0.0/16", "10.1.1.1", "-ifp", "eth9"}).exit_code == 1);
}

TEST_CASE("Solaris reject and blackhole carry no next hop; delete matches any type") {
  RouteWorld w;
  auto r = one(w, {"add", "-net", "10.9.0.0/16", "127.0.0.1", "-reject"});
  CHECK(r.type == RTN_UNREACHABLE);
  CHECK_FALSE(r.has_gateway());
  CHECK(r.scope == RT_SCOPE_HOST);
  auto b = one(w, {"delete", "-net", "10.9.0.0/16", "127.0.0.1", "-blackhole"});
  CHECK(b.type == RTN_BLACKHOLE);
  auto d = one(w, {"delete", "-net", "10.9.0.0/16", "172.16.3.200"});
  CHECK(d.type == RTN_UNSPEC);
  CHECK(d.protocol == RTPROT_UNSPEC);
  CHECK(d.scope == RT_SCOPE_NOWHERE);
}

TEST_CASE("Solaris -net with bits beyond its class takes an interface's mask") {
  RouteWorld w;
  auto r = one(w, {"add", "-net", "172.16.9.7", "172.16.3.200"});
  CHECK(r.dst_len == 16);  // eth0's 172.16.0.0/16, on the same class B network
  CHECK(r.dst.str() == "172.16.9.7");  // left as typed: the kernel judges it
}

TEST_CASE("resolution reads only what it needs") {
  RouteWorld w;
  one(w, {"add", "-net", "10.14.0.0/16", "dev", "eth0"});
  CHECK(w.kernel.link_gets == 1);
  CHECK(w.kernel.link_dumps == 0);
  CHECK(w.kernel.addr_dumps == 0);
  CHECK(w.routes.dumps == 0);
}

}  // namespace src_route_resolve_test
