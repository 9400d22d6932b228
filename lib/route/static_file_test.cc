#include "lib/route/static_file.h"

#include <doctest/doctest.h>

#include "lib/route/solaris_args.h"
#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_static_file_test {

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
  CHECK_FALSE(std::get<PersistAdded>(a.result).exists);
  CHECK(std::get<PersistAdded>(a.result).req.dest_text == "10.9.0.0/16");
  CHECK(static_routes_text(a.file) == std::string(kStaticRoutesHeader) + "\n-net 10.9.0.0/16 172.16.3.200\n");
  auto again = persist_add(a.file, cmd(SolarisVerb::add, {"-net", "10.9.0.0/16", "172.16.3.200"}, names),
                           {"-net", "10.9.0.0/16", "172.16.3.200"}, false, names);
  CHECK_FALSE(again.changed);
  CHECK(std::get<PersistAdded>(again.result).exists);
  auto six = persist_add(a.file, cmd(SolarisVerb::add, {"-inet6", "default", "fe80::1"}, names), {"default", "fe80::1"},
                         true, names);
  CHECK(six.file.lines.back() == "-inet6 default fe80::1");
}

TEST_CASE("persist_delete removes the matching lines; get and show list them") {
  FakeNames names;
  auto f = parse_static_routes(std::string(kStaticRoutesHeader) +
                               "\n-net 10.9.0.0/16 172.16.3.200\n# a comment\ndefault 10.0.0.1\n"
                               "-inet6 2001:db8::/64 fe80::1\nnot a route\n");
  CHECK(persist_show(f, names).lines == V{"-net 10.9.0.0/16 172.16.3.200", "default 10.0.0.1",
                                          "-inet6 2001:db8::/64 fe80::1"});
  auto g = persist_get(f, cmd(SolarisVerb::get, {"default"}, names), names);
  CHECK(std::get<PersistFound>(g.result).lines == V{"default 10.0.0.1"});
  CHECK(std::get<PersistFound>(persist_get(f, cmd(SolarisVerb::get, {"10.1.0.0/16"}, names), names).result)
            .lines.empty());
  auto d = persist_delete(f, cmd(SolarisVerb::del, {"-net", "10.9.0.0/16", "172.16.3.200"}, names), names);
  CHECK(d.changed);
  const auto& removed = std::get<PersistRemoved>(d.result);
  REQUIRE(removed.removed.size() == 1);
  CHECK(removed.removed[0].op == RouteOp::del);
  CHECK(removed.removed[0].gateway_text == "172.16.3.200");
  CHECK(d.file.lines.size() == 5);  // comments and unparsable lines stay
  auto none = persist_delete(d.file, cmd(SolarisVerb::del, {"-net", "10.9.0.0/16", "172.16.3.200"}, names), names);
  CHECK_FALSE(none.changed);
  CHECK(std::get<PersistRemoved>(none.result).wanted);
  CHECK(std::get<PersistRemoved>(none.result).removed.empty());
}

TEST_CASE("persist_flush removes one family's routes") {
  FakeNames names;
  auto f = parse_static_routes("default 10.0.0.1\n-inet6 2001:db8::/64 fe80::1\n10.9.0.0/16 10.0.0.2\n");
  auto v4 = persist_flush(f, AF_INET, names);
  const auto& removed = std::get<PersistRemoved>(v4.result);
  CHECK_FALSE(removed.wanted);
  REQUIRE(removed.removed.size() == 2);
  CHECK(removed.removed[0].dest_text == "default");
  CHECK(removed.removed[1].dest_text == "10.9.0.0/16");
  CHECK(v4.file.lines == V{"-inet6 2001:db8::/64 fe80::1"});
  CHECK(persist_show(StaticRoutes{}, names).lines.empty());
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

}  // namespace lib_route_static_file_test
