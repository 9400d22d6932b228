#include "lib/route/static_file.h"

#include <doctest/doctest.h>

#include "lib/route/solaris_args.h"
#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace {

using V = std::vector<std::string>;

RouteRequest cmd(SolarisVerb verb, V args, FakeNames& names) {
  auto c = parse_solaris(verb, args, AF_INET, names);
  REQUIRE(c);
  return c->req;
}

}  // namespace

TEST_CASE("persist_add writes the words after add, once") {
  FakeNames names;
  StaticRoutes f;
  auto a = persist_add(f, cmd(SolarisVerb::add, {"-net", "10.9.0.0/16", "172.16.3.200"}, names),
                       {"-net", "10.9.0.0/16", "172.16.3.200"}, false, names);
  CHECK(a.changed);
  CHECK(a.exit_code == 0);
  CHECK(a.out == "add persistent net 10.9.0.0/16: gateway 172.16.3.200\n");
  CHECK(static_routes_text(a.file) == std::string(kStaticRoutesHeader) + "\n-net 10.9.0.0/16 172.16.3.200\n");
  auto again = persist_add(a.file, cmd(SolarisVerb::add, {"-net", "10.9.0.0/16", "172.16.3.200"}, names),
                           {"-net", "10.9.0.0/16", "172.16.3.200"}, false, names);
  CHECK_FALSE(again.changed);
  CHECK(again.exit_code == 1);
  CHECK(again.err == "add persistent net 10.9.0.0/16: gateway 172.16.3.200: entry exists");
  auto six = persist_add(a.file, cmd(SolarisVerb::add, {"-inet6", "default", "fe80::1"}, names), {"default", "fe80::1"},
                         true, names);
  CHECK(six.file.lines.back() == "-inet6 default fe80::1");
}

TEST_CASE("persist_delete removes the matching lines; get and show list them") {
  FakeNames names;
  auto f = parse_static_routes(std::string(kStaticRoutesHeader) +
                               "\n-net 10.9.0.0/16 172.16.3.200\n# a comment\ndefault 10.0.0.1\n"
                               "-inet6 2001:db8::/64 fe80::1\nnot a route\n");
  CHECK(persist_show(f, names) ==
        "persistent: route add -net 10.9.0.0/16 172.16.3.200\n"
        "persistent: route add default 10.0.0.1\n"
        "persistent: route add -inet6 2001:db8::/64 fe80::1\n");
  auto g = persist_get(f, cmd(SolarisVerb::get, {"default"}, names), names);
  CHECK(g.out == "persistent: route add default 10.0.0.1\n");
  CHECK(persist_get(f, cmd(SolarisVerb::get, {"10.1.0.0/16"}, names), names).out ==
        "get persistent net 10.1.0.0/16: not in file\n");
  auto d = persist_delete(f, cmd(SolarisVerb::del, {"-net", "10.9.0.0/16", "172.16.3.200"}, names), names);
  CHECK(d.changed);
  CHECK(d.out == "delete persistent net 10.9.0.0/16: gateway 172.16.3.200\n");
  CHECK(d.file.lines.size() == 5);  // comments and unparsable lines stay
  auto none = persist_delete(d.file, cmd(SolarisVerb::del, {"-net", "10.9.0.0/16", "172.16.3.200"}, names), names);
  CHECK(none.exit_code == 1);
  CHECK(none.err == "delete persistent net 10.9.0.0/16: gateway 172.16.3.200: not in file");
}

TEST_CASE("persist_flush removes one family's routes") {
  FakeNames names;
  auto f = parse_static_routes("default 10.0.0.1\n-inet6 2001:db8::/64 fe80::1\n10.9.0.0/16 10.0.0.2\n");
  auto v4 = persist_flush(f, AF_INET, names);
  CHECK(v4.out == "delete persistent net default: gateway 10.0.0.1\ndelete persistent net 10.9.0.0/16: gateway 10.0.0.2\n");
  CHECK(v4.file.lines == V{"-inet6 2001:db8::/64 fe80::1"});
  CHECK(persist_show(StaticRoutes{}, names) == "No persistent routes are defined\n");
  CHECK_FALSE(persist_flush(StaticRoutes{}, AF_INET, names).changed);
}

TEST_CASE("static_route_request parses a line as route add would") {
  FakeNames names;
  auto r = static_route_request("  -net 10.9.0.0/16\t172.16.3.200 ", names);
  REQUIRE(r);
  CHECK(r->prefix == 16);
  CHECK_FALSE(static_route_request("# -net 10.9.0.0/16 172.16.3.200", names));
  CHECK_FALSE(static_route_request("", names));
  CHECK_FALSE(static_route_request("10.9.0.0/16", names));  // no gateway: not a route line
}
