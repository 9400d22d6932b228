#include "lib/route/nettools_options.h"

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"
#include "lib/route/args.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_nettools_options_test {

using V = std::vector<std::string>;

V hoist(RouteGlobals& g, V words) {
  auto r = hoist_nettools_options(g, words);
  REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
  return *r;
}

Result<RouteInvocation> parse(V words, RouteGlobals g = {}) {
  FakeNames names;
  return parse_route(g, words, names, [](const std::string& phys) { return phys == "eth0" || phys == "tun0"; });
}

TEST_CASE("net-tools options after the command word are taken wherever getopt takes them") {
  RouteGlobals g;
  CHECK(hoist(g, {"add", "-6", "2001:db8:20::/48", "dev", "tun0"}) == V{"add", "2001:db8:20::/48", "dev", "tun0"});
  CHECK(g.families == V{"inet6"});
  g = {};
  CHECK(hoist(g, {"add", "10.0.0.0", "-n", "gw", "192.168.50.10"}) == V{"add", "10.0.0.0", "gw", "192.168.50.10"});
  CHECK(g.numeric);
  g = {};
  CHECK(hoist(g, {"del", "-nee", "-A", "inet6", "default"}) == V{"del", "default"});
  CHECK(g.extend == 2);
  CHECK(g.families == V{"inet6"});
  g = {};
  CHECK(hoist(g, {"add", "-nAinet6", "x"}) == V{"add", "x"});
  CHECK(g.families == V{"inet6"});
  g = {};
  CHECK(hoist(g, {"add", "default", "--inet", "reject", "--protocol=ip6", "--num"}) == V{"add", "default", "reject"});
  CHECK(g.families == V{"inet", "inet6"});  // both: too many for add
  CHECK(g.numeric);
}

TEST_CASE("illumos modifiers, -net, -host and values are no net-tools options") {
  RouteGlobals g;
  const V solaris{"add", "-net", "10.0.0.0", "-netmask", "255.0.0.0", "-inet6", "-interface", "-host", "metric", "-1"};
  CHECK(hoist(g, solaris) == solaris);
  CHECK(g.families.empty());
  CHECK(hoist(g, {"add", "--", "-6"}) == V{"add", "-6"});
  CHECK(hoist(g, {"add", "--bogus"}) == V{"add", "--bogus"});
  CHECK(hoist(g, {"add", "--in"}) == V{"add", "--in"});  // ambiguous: inet, inet6
}

TEST_CASE("family names as aftrans_opt translates them") {
  CHECK(nettools_family_spec("ip") == "inet");
  CHECK(nettools_family_spec("ip6,tcpip") == "inet6,inet");
  CHECK(nettools_family_spec("inet6") == "inet6");
  CHECK(nettools_family_spec("ipx") == "ipx");
  RouteGlobals g;
  auto missing = hoist_nettools_options(g, {"add", "x", "-A"});
  REQUIRE_FALSE(missing);
  CHECK(missing.error().exit_code == 3);
  CHECK_FALSE(hoist_nettools_options(g, {"add", "-C"}));
}

TEST_CASE("route add -6 and route del -6 default gw are net-tools IPv6 lines") {
  auto add = parse({"add", "-6", "2001:db8:20::/48", "dev", "tun0"});
  REQUIRE_MESSAGE(add, (add ? "" : add.error().message));
  CHECK(add->action == RouteAction::nettools);
  CHECK(add->nettools.family == AF_INET6);
  CHECK(add->nettools.prefix == 48);
  auto del = parse({"del", "-6", "default", "gw", "2001:db8:1::1"});
  REQUIRE_MESSAGE(del, (del ? "" : del.error().message));
  CHECK(del->nettools.family == AF_INET6);
  CHECK(del->nettools.op == RouteOp::del);
  auto two = parse({"add", "-4", "-6", "2001:db8:20::/48", "dev", "tun0"});
  REQUIRE_FALSE(two);
  CHECK(two.error().exit_code == 3);
  auto shown = parse({"-A", "ip6", "-n"});
  REQUIRE(shown);
  CHECK(shown->families == std::vector<int>{AF_INET6});
  CHECK(shown->view.numeric);
}

}  // namespace lib_route_nettools_options_test
