#include "lib/route/nettools_args.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "lib/common/test_fixtures.h"
#include "lib/route/keyword_samples.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_nettools_args_test {

namespace {

using V = std::vector<std::string>;

RouteRequest ok(V args, int family = AF_INET, RouteOp op = RouteOp::add, FakeNames* names = nullptr) {
  FakeNames none;
  auto r = parse_nettools(op, args, family, names ? *names : none);
  REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
  return *r;
}

Error bad(V args, int family = AF_INET) {
  FakeNames none;
  auto r = parse_nettools(RouteOp::add, args, family, none);
  std::string joined;
  for (const auto& a : args) joined += a + " ";
  REQUIRE_FALSE_MESSAGE(r, joined);
  return r.error();
}

}  // namespace

TEST_CASE("net-tools: -net with netmask and gw") {
  auto r = ok({"-net", "10.9.0.0", "netmask", "255.255.0.0", "gw", "10.0.0.254"});
  CHECK(r.syntax == RouteSyntax::nettools);
  CHECK(r.dst.str() == "10.9.0.0");
  CHECK(r.prefix == 16);
  CHECK_FALSE(r.host);
  CHECK(r.mask_rule == MaskRule::given);
  CHECK(r.gateways.at(0).str() == "10.0.0.254");
  CHECK_FALSE(r.static_route);
  CHECK_FALSE(r.metric);
}

TEST_CASE("net-tools: a bare target is a host, /len and default are networks") {
  auto h = ok({"10.17.0.1", "dev", "eth0"});
  CHECK(h.host);
  CHECK(h.prefix == 32);
  CHECK(h.dev->str() == "eth0");
  auto d = ok({"default", "gw", "10.0.0.254"});
  CHECK_FALSE(d.host);
  CHECK(d.prefix == 0);
  auto p = ok({"-net", "10.0.3.0/0x18", "dev", "eth0"});  // strtoul base 0, as net-tools
  CHECK(p.prefix == 24);
  auto slash32 = ok({"10.0.0.11/32", "dev", "eth0"});
  CHECK(slash32.host);
  auto aton = ok({"-net", "0x0a020000", "netmask", "255.255.0.0", "dev", "eth0"});
  CHECK(aton.dst.str() == "10.2.0.0");
}

TEST_CASE("net-tools: -net without a netmask asks the interfaces") {
  auto r = ok({"-net", "172.16.3.0", "dev", "eth0"});
  CHECK(r.mask_rule == MaskRule::interface);
  CHECK(r.prefix == 16);  // provisional: classful
  CHECK_FALSE(r.host);
  auto lo = ok({"-net", "127.0.0.0"});
  CHECK(lo.mask_rule == MaskRule::interface);
  CHECK_FALSE(lo.dev);
  auto mask0 = ok({"-net", "10.0.0.0", "netmask", "0.0.0.0", "dev", "eth0"});  // the kernel judges this one
  CHECK(mask0.mask_rule == MaskRule::given);
  CHECK(mask0.prefix == 0);
}

TEST_CASE("net-tools keywords") {
  auto r = ok({"-net", "10.14.0.0/16", "dev", "eth0", "mss", "1400", "window", "4096", "irtt", "30", "metric", "5",
               "mod", "dyn", "reinstate"});
  CHECK(r.metrics.advmss == 1360u);
  CHECK(r.metrics.window == 4096u);
  CHECK(r.metrics.rtt == 240u);
  CHECK(r.metric == 5u);
  CHECK(ok({"-net", "10.14.0.0/16", "mtu", "1400"}).metrics.advmss == 1360u);
  CHECK(ok({"-net", "10.15.0.0/16", "reject"}).type == RTN_UNREACHABLE);
  // the kernel makes a reject route bare: no device, no mss, window or irtt
  auto bare = ok({"-net", "10.15.0.0/16", "mss", "1400", "reject", "eth9"});
  CHECK_FALSE(bare.dev);
  CHECK_FALSE(bare.metrics.advmss);
  CHECK(ok({"-host", "10.16.0.1", "dev", "eth0:1"}).dev->str() == "eth0:1");
  CHECK(ok({"-host", "10.16.0.1", "eth0:1"}).dev->str() == "eth0:1");  // bare device, last word
  CHECK(ok({"-host", "10.16.0.1", "device", "eth0"}).dev->str() == "eth0");
  CHECK(ok({"-host", "10.16.0.1", "gateway", "10.0.0.1"}).gateways.at(0).str() == "10.0.0.1");
  CHECK(ok({"-host", "10.16.0.1", "irtt", "65537"}).metrics.rtt == 8u);  // rt_irtt is 16 bits
}

TEST_CASE("net-tools names: networks first, hosts first with -host") {
  FakeNames names;
  names.nets[0x0a090000] = "lab";
  names.hosts["10.0.0.254"] = "router";
  auto n = ok({"lab", "netmask", "255.255.0.0", "gw", "router"}, AF_INET, RouteOp::add, &names);
  CHECK(n.dst.str() == "10.9.0.0");
  CHECK_FALSE(n.host);
  CHECK(n.gateways.at(0).str() == "10.0.0.254");
  auto h = ok({"-host", "router", "dev", "eth0"}, AF_INET, RouteOp::add, &names);
  CHECK(h.dst.str() == "10.0.0.254");
  FakeNames none;
  auto gw_net = parse_nettools(RouteOp::add, {"-net", "10.1.0.0/16", "gw", "lab"}, AF_INET, names);
  CHECK(gw_net.error().message == "lab: cannot use a NETWORK as gateway");
  CHECK(gw_net.error().exit_code == kExitUsage);
}

TEST_CASE("net-tools errors and their exit statuses") {
  auto check = [](V args, const char* msg, int code, int family = AF_INET) {
    auto e = bad(args, family);
    CHECK(e.message == msg);
    CHECK(e.exit_code == code);
  };
  check({}, "destination required", kExitUsage);
  check({"-net"}, "destination required", kExitUsage);
  check({"10.300.0.0", "dev", "eth0"}, "10.300.0.0: unknown host", kExitLookup);
  check({"10.18.0.0/24", "dev", "eth0"}, "netmask 255.255.255.0 doesn't make sense with host route", kExitUsage);
  check({"-net", "10.24.0.5/16", "dev", "eth0"}, "netmask doesn't match route address", kExitUsage);
  check({"-net", "10.0.4.0/33", "dev", "eth0"}, "10.0.4.0/33: bad prefix length", kExitUsage);
  check({"-net", "10.0.2.0/24", "netmask", "255.255.255.0"}, "netmask given twice", kExitUsage);
  check({"-net", "10.0.2.0", "netmask", "255.0.255.0"}, "bogus netmask 255.0.255.0", kExitUsage);
  check({"-net", "10.0.2.0", "netmask", "foo"}, "foo: unknown host", kExitLookup);
  check({"-net", "10.0.5.0/24", "metric", "5x"}, "5x: bad metric", kExitUsage);
  check({"-net", "10.0.5.0/24", "metric"}, "no argument for metric", kExitUsage);
  check({"-net", "10.0.6.0/24", "mss", "70000"}, "invalid MSS/MTU 70000", kExitUsage);
  check({"-net", "10.0.6.0/24", "mss", "63"}, "invalid MSS/MTU 63", kExitUsage);
  check({"-net", "10.0.7.0/24", "window", "100"}, "invalid window 100", kExitUsage);
  check({"-net", "10.0.8.0/24", "irtt", "abc"}, "abc: bad irtt", kExitUsage);
  check({"-net", "10.0.9.0/24", "gw", "default"}, "default: cannot use a NETWORK as gateway", kExitUsage);
  check({"-net", "10.0.9.0/24", "gw", "10.0.0.1", "gw", "10.0.0.2"}, "gw given twice", kExitUsage);
  check({"-net", "10.0.9.0/24", "dev", "eth0", "dev", "eth1"}, "dev given twice", kExitUsage);
  check({"-net", "10.0.9.0/24", "eth0", "metric", "1"}, "eth0: unknown keyword", kExitUsage);
  check({"-net", "10.0.9.0/24", "dev", "eth0", "extra"}, "extra: unknown keyword", kExitUsage);
  check({"-net", "10.0.9.0/24", "gww", "10.0.0.1"}, "gww: unknown keyword (did you mean gw?)", kExitUsage);
  check({"-net", "10.0.9.0/24", "gw", "10.0.0.0/24"}, "10.0.0.0/24: unknown host", kExitLookup);
  check({"-net", "10.0.9.0/24", "dev", "abcdefghijklmnopq"}, "abcdefghijklmnopq: interface name too long", kExitKernel);
  check({"2001:db8::/129", "dev", "eth0"}, "2001:db8::/129: bad prefix length", kExitUsage, AF_INET6);
  check({"zzz", "dev", "eth0"}, "zzz: unknown host", 1, AF_INET6);
  check({"2001:db8::/64", "gw", "router"}, "router: unknown host", kExitLookup, AF_INET6);
  check({"2001:db8::/64", "reject", "dev", "eth0"}, "reject: unknown keyword", kExitUsage, AF_INET6);
  check({"2001:db8::/64", "netmask", "1"}, "netmask: unknown keyword", kExitUsage, AF_INET6);
}

TEST_CASE("net-tools inet6: metric 1 unless told, 0 is 1024, hosts are on-link") {
  auto r = ok({"2001:db8:1::6/128", "dev", "eth0"}, AF_INET6);
  CHECK(r.family == AF_INET6);
  CHECK(r.metric == 1u);
  CHECK(r.onlink);
  CHECK(r.host);
  auto z = ok({"2001:db8:8::/64", "dev", "eth0", "metric", "0"}, AF_INET6);
  CHECK(z.metric == 1024u);
  CHECK_FALSE(z.onlink);
  auto del = ok({"2001:db8:1::6/128"}, AF_INET6, RouteOp::del);
  CHECK_FALSE(del.onlink);
  CHECK(del.metric == 1u);
  auto def = ok({"default", "gw", "fe80::1", "eth0"}, AF_INET6);
  CHECK(def.prefix == 0);
  CHECK(def.dev->str() == "eth0");
  // SIOCGIFINDEX ignores ":N"; the kernel masks the host bits.
  auto alias = ok({"2001:db8::5/64", "dev", "eth0:3"}, AF_INET6);
  CHECK(alias.dev->str() == "eth0");
  CHECK(alias.dst.str() == "2001:db8::");
  CHECK(ok({"-net", "2001:db8::/64", "dev", "eth0"}, AF_INET6).prefix == 64);
  // An IPv6 literal needs no -A inet6.
  CHECK(ok({"2001:db8:2::/64", "gw", "fe80::1", "dev", "eth0"}).family == AF_INET6);
}

TEST_CASE("the net-tools table names each keyword once") {
  std::vector<std::string_view> seen;
  for (const auto& k : nettools_keywords()) {
    CHECK(std::find(seen.begin(), seen.end(), k.info.name) == seen.end());
    seen.push_back(k.info.name);
    CHECK_FALSE(k.info.help.empty());
  }
}

TEST_CASE("each net-tools keyword takes the arguments its row declares") {
  for (const auto& k : nettools_keywords()) {
    V line{"-net", "10.9.0.0", std::string(k.info.name)};
    for (auto& a : sample_args(k.info)) line.push_back(a);
    line.push_back("reject");
    FakeNames names;
    auto r = parse_nettools(RouteOp::add, line, AF_INET, names);
    REQUIRE_MESSAGE(r, k.info.name, ": ", (r ? "" : r.error().message));
    CHECK_MESSAGE(r->type == RTN_UNREACHABLE, k.info.name, " took the keyword after its argument");
  }
}

}  // namespace lib_route_nettools_args_test
