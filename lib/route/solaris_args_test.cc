#include "lib/route/solaris_args.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "lib/common/test_fixtures.h"
#include "lib/route/keyword_samples.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_solaris_args_test {

namespace {

using V = std::vector<std::string>;

RouteRequest ok(SolarisVerb verb, V args, FakeNames* names = nullptr, int family = AF_INET) {
  FakeNames none;
  auto r = parse_solaris(verb, args, family, names ? *names : none);
  REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
  return r->req;
}

std::string bad(SolarisVerb verb, V args) {
  FakeNames none;
  auto r = parse_solaris(verb, args, AF_INET, none);
  REQUIRE_FALSE(r);
  CHECK(r.error().exit_code == 1);
  return r.error().message;
}

}  // namespace

TEST_CASE("Solaris add: net/len, gateway, result texts") {
  auto r = ok(SolarisVerb::add, {"-net", "10.9.0.0/16", "172.16.3.200"});
  CHECK(r.syntax == RouteSyntax::solaris);
  CHECK(r.op == RouteOp::add);
  CHECK(r.family == AF_INET);
  CHECK(r.dst.str() == "10.9.0.0");
  CHECK(r.prefix == 16);
  CHECK_FALSE(r.host);
  CHECK(r.mask_given);
  REQUIRE(r.gateways.size() == 1);
  CHECK(r.gateways[0].str() == "172.16.3.200");
  CHECK(r.dest_text == "10.9.0.0/16");
  CHECK(r.gateway_text == "172.16.3.200");
  CHECK(r.static_route);
  CHECK(r.type == RTN_UNICAST);
}

TEST_CASE("Solaris destinations: default, classes, hosts") {
  auto d = ok(SolarisVerb::add, {"default", "10.0.0.1"});
  CHECK(d.prefix == 0);
  CHECK(d.dst.str() == "0.0.0.0");
  CHECK_FALSE(d.host);
  CHECK(d.mask_given);
  auto h = ok(SolarisVerb::add, {"10.1.2.3", "10.0.0.1"});
  CHECK(h.host);
  CHECK(h.prefix == 32);
  CHECK_FALSE(h.mask_given);
  // A zero host part makes a network of its class.
  auto n = ok(SolarisVerb::add, {"10.0.0.0", "10.0.0.1"});
  CHECK_FALSE(n.host);
  CHECK(n.prefix == 8);
  CHECK_FALSE(n.mask_given);
  auto b = ok(SolarisVerb::add, {"172.16.0.0", "10.0.0.1"});
  CHECK(b.prefix == 16);
  // -net with bits beyond class C asks the interfaces for the mask.
  auto s = ok(SolarisVerb::add, {"-net", "10.1.2.3", "10.0.0.1"});
  CHECK(s.mask_rule == MaskRule::subnet);
  CHECK(s.prefix == 8);
  auto hn = ok(SolarisVerb::add, {"-host", "10.0.0.0", "10.0.0.1"});
  CHECK(hn.host);
  CHECK(hn.prefix == 32);
}

TEST_CASE("Solaris -netmask, old trailing words") {
  auto m = ok(SolarisVerb::add, {"-net", "10.9.0.0", "10.0.0.1", "-netmask", "255.255.0.0"});
  CHECK(m.prefix == 16);
  CHECK(m.mask_given);
  auto x = ok(SolarisVerb::add, {"10.9.0.0", "10.0.0.1", "-netmask", "0xffffff00"});
  CHECK(x.prefix == 24);
  CHECK_FALSE(x.host);
  // Old syntax: a number after the gateway is a metric, 0 an interface route.
  CHECK_FALSE(ok(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "1"}).interface_route);
  CHECK(ok(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "0"}).interface_route);
  auto mask_word = ok(SolarisVerb::add, {"10.9.0.0", "10.0.0.1", "255.255.0.0"});
  CHECK(mask_word.prefix == 16);
  // A host mask makes a host, except after -netmask, which means -net.
  CHECK(ok(SolarisVerb::add, {"10.9.0.1", "10.0.0.1", "255.255.255.255"}).host);
  CHECK_FALSE(ok(SolarisVerb::add, {"10.9.0.1", "10.0.0.1", "-netmask", "255.255.255.255"}).host);
}

TEST_CASE("Solaris modifiers") {
  auto r = ok(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "-ifp", "eth0:1", "-setsrc", "10.0.0.2", "-mtu", "1400",
                                 "-lock", "-hopcount", "5", "-static"});
  REQUIRE(r.dev);
  CHECK(r.dev->str() == "eth0:1");
  CHECK(r.setsrc->str() == "10.0.0.2");
  CHECK(r.metrics.mtu == 1400u);
  CHECK(r.metrics.hoplimit == 5u);
  CHECK(r.metrics.locks == (1u << RTAX_HOPLIMIT));
  auto rest = ok(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "-lockrest", "-mtu", "1400", "-hopcount", "5"});
  CHECK(rest.metrics.locks == ((1u << RTAX_MTU) | (1u << RTAX_HOPLIMIT)));
  auto i = ok(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "-interface"});
  CHECK(i.interface_route);
  CHECK_FALSE(i.static_route);  // illumos: -interface clears RTF_STATIC
  CHECK(ok(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "-iface"}).interface_route);
  CHECK(ok(SolarisVerb::add, {"10.9.0.0/16", "127.0.0.1", "-reject"}).type == RTN_UNREACHABLE);
  CHECK(ok(SolarisVerb::add, {"10.9.0.0/16", "127.0.0.1", "-blackhole"}).type == RTN_BLACKHOLE);
  CHECK_FALSE(ok(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "-nostatic"}).static_route);
  CHECK(ok(SolarisVerb::add, {"10.9.0.0/16", "-gateway", "10.0.0.7"}).gateways[0].str() == "10.0.0.7");
  CHECK(ok(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "-ifa", "10.0.0.3"}).ifa->str() == "10.0.0.3");
  CHECK_FALSE(ok(SolarisVerb::add, {"net", "10.9.0.0", "10.0.0.1"}).host);  // host/net also without a dash
  CHECK(ok(SolarisVerb::add, {"host", "10.9.0.0", "10.0.0.1"}).host);
}

TEST_CASE("Solaris IPv6: -inet6, literals, prefixes") {
  auto r = ok(SolarisVerb::add, {"-inet6", "2001:db8::/64", "fe80::1", "-ifp", "eth0"});
  CHECK(r.family == AF_INET6);
  CHECK(r.prefix == 64);
  CHECK(r.gateways[0].str() == "fe80::1");
  auto lit = ok(SolarisVerb::add, {"2001:db8:1::/48", "2001:db8::1"});
  CHECK(lit.family == AF_INET6);
  auto host = ok(SolarisVerb::add, {"-inet6", "2001:db8::5", "fe80::1"});
  CHECK(host.host);
  CHECK(host.prefix == 128);
  auto def = ok(SolarisVerb::add, {"-inet6", "default", "fe80::1"});
  CHECK(def.prefix == 0);
  CHECK(def.dst.str() == "::");
  auto from_f = ok(SolarisVerb::add, {"default", "fe80::1"}, nullptr, AF_INET6);
  CHECK(from_f.family == AF_INET6);
}

TEST_CASE("Solaris names: hosts, several addresses, networks") {
  FakeNames names;
  names.hosts["10.0.0.254"] = "gw";
  names.more_addrs["gw"] = {"10.0.1.254"};
  names.nets[0x0a09] = "lab";
  auto r = ok(SolarisVerb::add, {"lab", "gw"}, &names);
  CHECK(r.dst.str() == "10.9.0.0");
  CHECK(r.prefix == 16);
  REQUIRE(r.gateways.size() == 2);
  CHECK(r.gateways[1].str() == "10.0.1.254");
  CHECK(r.gateway_text == "gw");
  auto h = ok(SolarisVerb::add, {"gw", "10.0.0.1"}, &names);
  CHECK(h.host);
  CHECK(h.dst.str() == "10.0.0.254");
}

TEST_CASE("Solaris get, delete, change need what illumos needs") {
  auto g = ok(SolarisVerb::get, {"10.9.1.1"});
  CHECK(g.op == RouteOp::get);
  CHECK(g.gateways.empty());
  CHECK(ok(SolarisVerb::change, {"10.9.0.0/16", "10.0.0.2"}).op == RouteOp::change);
  CHECK(ok(SolarisVerb::del, {"10.9.0.0/16", "10.0.0.2"}).op == RouteOp::del);
}

TEST_CASE("Solaris syntax errors, one line each") {
  CHECK(bad(SolarisVerb::add, {}) == "destination required");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0/16"}) == "gateway required for add or delete command");
  CHECK(bad(SolarisVerb::del, {"10.9.0.0/16"}) == "gateway required for add or delete command");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "-netmsk", "255.0.0.0"}) ==
        "botched keyword: -netmsk (did you mean -netmask?)");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "-zzzzzz"}) == "botched keyword: -zzzzzz");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "-ifp"}) == "argument required following keyword -ifp");
  CHECK(bad(SolarisVerb::add, {"-host", "-net", "10.9.0.0", "10.0.0.1"}) == "-host and -net are mutually exclusive");
  CHECK(bad(SolarisVerb::add, {"-host", "10.9.0.0", "10.0.0.1", "-netmask", "255.0.0.0"}) ==
        "-host and -net are mutually exclusive");
  CHECK(bad(SolarisVerb::add, {"10.300.0.0", "10.0.0.1"}) == "10.300.0.0: bad value");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0/16", "nohost"}) == "nohost: bad value");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0/33", "10.0.0.1"}) == "prefix length 33 out of range");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0/x", "10.0.0.1"}) == "bad prefix length x");
  CHECK(bad(SolarisVerb::add, {"/16", "10.0.0.1"}) == "/16: unexpected '/'");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1/24"}) == "10.0.0.1/24: unexpected '/'");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0", "10.0.0.1", "-netmask", "255.0.255.0"}) == "255.0.255.0: bad value");
  CHECK(bad(SolarisVerb::add, {"-inet6", "2001:db8::/64", "fe80::1", "-netmask", "ffff::"}) ==
        "-netmask not supported for IPv6: use <prefix>/<prefix-length> instead");
  CHECK(bad(SolarisVerb::add, {"-inet6", "2001:db8::/129", "fe80::1"}) == "prefix length 129 out of range");
  CHECK(bad(SolarisVerb::add, {"-inet6", "zzz", "fe80::1"}) == "zzz: bad address");
  CHECK(bad(SolarisVerb::add, {"-inet6", "-net", "2001:db8::", "fe80::1"}) ==
        "2001:db8::: a network needs a prefix length");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "-mtu", "big"}) == "big: bad value");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "-ifp", "eth0:x"}) == "eth0:x: bad logical unit");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "-reject", "-blackhole"}) ==
        "-reject and -blackhole are mutually exclusive");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "255.255.0.0", "255.0.0.0"}) == "255.0.0.0: bad value");
  CHECK(bad(SolarisVerb::add, {"10.9.0.0/16", "10.0.0.1", "-ifp", "a\x01"}) == "a\\x01: bad interface name");
}

TEST_CASE("flush, monitor and show take a family at most") {
  FakeNames none;
  CHECK(parse_solaris(SolarisVerb::flush, {}, AF_INET, none)->family == AF_INET);
  CHECK(parse_solaris(SolarisVerb::flush, {}, AF_INET6, none)->family == AF_INET6);
  CHECK(parse_solaris(SolarisVerb::flush, {"-inet6"}, AF_INET, none)->family == AF_INET6);
  CHECK(parse_solaris(SolarisVerb::monitor, {}, AF_INET, none)->family == 0);
  CHECK(parse_solaris(SolarisVerb::monitor, {"-inet"}, AF_INET, none)->family == AF_INET);
  CHECK(parse_solaris(SolarisVerb::flush, {"-inet7"}, AF_INET, none).error().message ==
        "botched keyword: -inet7 (did you mean -inet?)");
  CHECK(parse_solaris(SolarisVerb::monitor, {"-inet", "x"}, AF_INET, none).error().message ==
        "botched keyword: -inet");
  CHECK(parse_solaris(SolarisVerb::show, {"x"}, AF_INET, none).error().message == "invalid arguments for show");
}

TEST_CASE("the modifier table names each modifier once and documents it") {
  std::vector<std::string_view> seen;
  for (const auto& m : solaris_modifiers()) {
    CHECK(std::find(seen.begin(), seen.end(), m.info.name) == seen.end());
    seen.push_back(m.info.name);
    CHECK_FALSE(m.info.help.empty());
    CHECK((m.info.arg == Arg::required) == !m.info.arg_name.empty());
  }
}

TEST_CASE("each Solaris modifier takes the arguments its row declares") {
  FakeNames names;
  // A destination every modifier accepts: a host and a network, in both families.
  names.hosts["10.9.9.9"] = "dst";
  names.hosts["2001:db8::9"] = "dst";
  names.nets[0x0a09] = "dst";
  for (const auto& m : solaris_modifiers()) {
    V line{"-" + std::string(m.info.name)};
    for (auto& a : sample_args(m.info)) line.push_back(a);
    // A modifier after it, then the destination: both must come out as themselves.
    const bool sets_type = m.info.name == "reject" || m.info.name == "blackhole";
    line.push_back(sets_type ? "-nostatic" : "-reject");
    line.push_back("dst");
    // -expire needs IPv6 (Linux IPv4 routes do not expire).
    const int family = m.info.name == "expire" ? AF_INET6 : AF_INET;
    if (family == AF_INET6) line.push_back("-inet6");
    auto r = parse_solaris(SolarisVerb::get, line, AF_INET, names);
    if (!m.refused.empty()) {
      CHECK(!r);
      if (!r) CHECK(r.error().message == modifier_refusal(m));
      continue;
    }
    REQUIRE_MESSAGE(r, m.info.name, ": ", (r ? "" : r.error().message));
    // -dst's argument is the destination; "dst" is then the gateway.
    const std::string want = m.info.name == "dst" ? sample_args(m.info).front() : "dst";
    CHECK_MESSAGE(r->req.dest_text == want, m.info.name, " left its argument behind");
    if (sets_type) CHECK_FALSE_MESSAGE(r->req.static_route, m.info.name, " took the modifier after it");
    else CHECK_MESSAGE(r->req.type == RTN_UNREACHABLE, m.info.name, " took the modifier after it");
  }
}

}  // namespace lib_route_solaris_args_test
