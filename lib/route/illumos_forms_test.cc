// The route(8) forms of the illumos manual page that Linux route tools lack:
// each does what the page says, or is refused with the reason, before
// anything is read or changed.
#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"
#include "lib/route/args.h"
#include "lib/route/solaris_args.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_illumos_forms_test {

using V = std::vector<std::string>;

RouteRequest ok(V args, SolarisVerb verb = SolarisVerb::add) {
  FakeNames names;
  auto r = parse_solaris(verb, args, AF_INET, names);
  REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
  return r->req;
}

std::string bad(V args) {
  FakeNames names;
  auto r = parse_solaris(SolarisVerb::add, args, AF_INET, names);
  REQUIRE_FALSE(r);
  CHECK(r.error().exit_code == 1);
  return r.error().message;
}

Result<RouteInvocation> line(V words, RouteGlobals g) {
  FakeNames names;
  return parse_route(g, words, names, [](const std::string&) { return false; });
}

// route(8): "Specify the table to flush by placing the inet or inet6
// modifier immediately after the -f option."
TEST_CASE("-f takes inet or inet6, with or without the dash, right after it") {
  RouteGlobals f;
  f.flush = true;
  for (const char* w : {"inet6", "-inet6"}) {
    auto r = line({w}, f);
    REQUIRE(r);
    CHECK(r->flush_first == AF_INET6);
    CHECK_FALSE(r->solaris);
  }
  auto four = line({"-inet", "add", "default", "10.0.0.1"}, f);
  REQUIRE(four);
  CHECK(four->flush_first == AF_INET);
  CHECK(four->verb_args == V{"default", "10.0.0.1"});
  // Anywhere else it is no table choice: a command is expected.
  CHECK(line({"add", "-inet7"}, f).error().message.starts_with("botched keyword: -inet7"));
  CHECK(line({"-inet7"}, f).error().message.starts_with("-inet7: unknown option"));
}

// route(8): "-net 128.32 -> 128.32.0.0"; "128.32 -> -host 128.0.0.32".
TEST_CASE("short network numbers read as inet_network(3), the mask from the class") {
  auto b = ok({"-net", "128.32", "10.0.0.4"});
  CHECK(b.dst.str() == "128.32.0.0");
  CHECK(b.prefix == 16);
  CHECK_FALSE(b.host);
  auto a = ok({"-net", "10", "10.0.0.4"});
  CHECK(a.dst.str() == "10.0.0.0");
  CHECK(a.prefix == 8);
  auto c = ok({"-net", "128.32.130", "10.0.0.4"});
  CHECK(c.dst.str() == "128.32.130.0");
  CHECK(c.prefix == 24);
  auto masked = ok({"-net", "128.32", "-netmask", "255.255.255.0", "10.0.0.4"});
  CHECK(masked.dst.str() == "128.32.0.0");
  CHECK(masked.prefix == 24);
  auto host = ok({"128.32", "10.0.0.4"});
  CHECK(host.dst.str() == "128.0.0.32");
  CHECK(host.host);
  CHECK(ok({"-net", "10.9.0.0/16", "10.0.0.4"}).dst.str() == "10.9.0.0");
  CHECK(bad({"-net", "128.32.x", "10.0.0.4"}) == "128.32.x: bad value");
}

TEST_CASE("-cloning and -xresolve are accepted with no effect") {
  auto plain = ok({"10.9.0.0/16", "10.0.0.4"});
  auto r = ok({"-cloning", "10.9.0.0/16", "-xresolve", "10.0.0.4"});
  CHECK(r.metrics == plain.metrics);
  CHECK(r.type == plain.type);
  CHECK(r.static_route == plain.static_route);
  CHECK(r.prefix == 16);
}

// route(8): "-rtt Round trip time in microseconds", "-ssthresh Send pipe
// size threshold in bytes", "-recvpipe Receive pipe size in bytes".
TEST_CASE("-rtt, -rttvar, -ssthresh and -recvpipe become route metrics") {
  auto r = ok({"10.9.0.0/16", "10.0.0.4", "-rtt", "100000", "-rttvar", "50000", "-ssthresh", "14600", "-recvpipe",
               "65535"});
  CHECK(r.metrics.rtt == 800u);
  CHECK(r.metrics.rttvar == 200u);
  CHECK(r.metrics.ssthresh == 10u);
  CHECK(r.metrics.window == 65535u);
  CHECK(r.metrics.locks == 0u);
  auto mtu = ok({"10.9.0.0/16", "10.0.0.4", "-ssthresh", "14600", "-mtu", "9000"});
  CHECK(mtu.metrics.ssthresh == 2u);
  auto v6 = ok({"-inet6", "2001:db8::/64", "fe80::1", "-ssthresh", "14400"});
  CHECK(v6.metrics.ssthresh == 10u);
  auto locked = ok({"10.9.0.0/16", "10.0.0.4", "-lock", "-rtt", "1000", "-rttvar", "1000", "-lockrest", "-ssthresh",
                    "1", "-recvpipe", "1"});
  CHECK(locked.metrics.locks == ((1u << RTAX_RTT) | (1u << RTAX_SSTHRESH) | (1u << RTAX_WINDOW)));
  CHECK(bad({"10.9.0.0/16", "10.0.0.4", "-rtt", "1ms"}) == "1ms: bad value");
  CHECK(bad({"10.9.0.0/16", "10.0.0.4", "-ssthresh", "-1"}) == "-1: bad value");
  CHECK(bad({"10.9.0.0/16", "10.0.0.4", "-recvpipe"}) == "argument required following keyword -recvpipe");
}

TEST_CASE("-expire is an IPv6 route's lifetime; IPv4 routes have none") {
  auto r = ok({"-inet6", "2001:db8::/64", "fe80::1", "-expire", "300"});
  CHECK(r.expires == 300u);
  CHECK_FALSE(ok({"-inet6", "2001:db8::/64", "fe80::1"}).expires);
  CHECK(bad({"10.9.0.0/16", "10.0.0.4", "-expire", "300"}) ==
        "-expire: not supported on this system (Linux IPv4 routes do not expire; IPv6 routes do)");
  CHECK(bad({"-inet6", "2001:db8::/64", "fe80::1", "-expire", "soon"}) == "soon: bad value");
}

// route(8): "You can distinguish a destination by preceding it with the
// -dst modifier."
TEST_CASE("-dst names the destination, even a keyword") {
  auto r = ok({"10.0.0.4", "-dst", "10.9.0.0/16"});
  CHECK(r.dest_text == "10.9.0.0/16");
  CHECK(r.gateway_text == "10.0.0.4");
  CHECK(ok({"-dst", "default", "10.0.0.4"}).prefix == 0);
  CHECK(bad({"10.0.0.4", "-dst"}) == "argument required following keyword -dst");
  CHECK(bad({"-dst", "10.9.0.0/16"}) == "gateway required for add or delete command");
}

TEST_CASE("modifiers Linux has no equivalent for are refused with the reason") {
  for (const auto& m : solaris_modifiers()) {
    if (m.refused.empty()) continue;
    V words{"10.9.0.0/16", "10.0.0.4", "-" + std::string(m.info.name)};
    if (m.info.arg == Arg::required) words.push_back("x");
    CHECK(bad(words) == modifier_refusal(m));
  }
  CHECK(bad({"10.9.0.0/16", "10.0.0.4", "-multirt"}) ==
        "-multirt: not supported on this system (Linux multipath routes share the load among gateways, they do not "
        "duplicate packets)");
  // Refused before its argument is looked for.
  CHECK(bad({"10.9.0.0/16", "10.0.0.4", "-secattr"}) ==
        "-secattr: not supported on this system (Linux has no Trusted Extensions labels on routes)");
}

TEST_CASE("-z ZONE is refused: Linux has no zones") {
  std::map<CliOpt, int> given{{CliOpt::zone, 1}};
  std::map<CliOpt, std::vector<std::string>> args{{CliOpt::zone, {"web"}}};
  auto g = route_globals(given, args);
  REQUIRE_FALSE(g);
  CHECK(g.error().message.starts_with("-z: not supported on this system (Linux has no zones;"));
}

}  // namespace lib_route_illumos_forms_test
