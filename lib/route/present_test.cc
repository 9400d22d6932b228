#include "lib/route/present.h"

#include <doctest/doctest.h>
#include <errno.h>

#include "lib/common/test_fixtures.h"
#include "lib/route/nettools_args.h"
#include "lib/route/solaris_args.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_present_test {

namespace {

using V = std::vector<std::string>;

RouteRequest solaris(SolarisVerb verb, V words) {
  FakeNames names;
  auto c = parse_solaris(verb, words, AF_INET, names);
  REQUIRE(c);
  return c->req;
}

Output shown(std::vector<RouteStep> steps, RouteView view = {}, std::size_t status_from = 0) {
  FakeNames names;
  return present_route(RouteOutcome{std::move(steps), status_from}, view, names);
}

RouteRequest add_request() { return solaris(SolarisVerb::add, {"10.9.0.0/16", "172.16.3.200"}); }

}  // namespace

TEST_CASE("a Solaris change: its result line on stdout, refusals included, the errno as status") {
  const RouteRequest add_req = add_request();
  auto ok = shown({ChangeDone{add_req, {}, std::nullopt, ip("172.16.3.200")}});
  CHECK(ok.out == "add net 10.9.0.0/16: gateway 172.16.3.200\n");
  CHECK(ok.status == 0);
  auto exists = shown({ChangeDone{add_req, {}, RouteRefusal{EEXIST, ""}, ip("172.16.3.200")}});
  CHECK(exists.out == "add net 10.9.0.0/16: gateway 172.16.3.200: entry exists\n");
  CHECK(exists.errors.empty());
  CHECK(exists.status == EEXIST);
  RouteView quiet;
  quiet.quiet = true;
  CHECK(shown({ChangeDone{add_req, {}, std::nullopt, ip("172.16.3.200")}}, quiet).out.empty());
  CHECK(shown({ChangeDone{add_req, {}, RouteRefusal{EEXIST, ""}, {}}}, quiet).out ==
        "add net 10.9.0.0/16: gateway 172.16.3.200: entry exists\n");
}

TEST_CASE("-v shows each request before the result line") {
  const RouteRequest add_req = add_request();
  MonitorEvent sent;
  sent.route = route4("10.9.0.0", 16, "172.16.3.200");
  sent.request = true;
  RouteView v;
  v.verbose = v.numeric = true;
  auto p = shown({ChangeDone{add_req, {sent}, std::nullopt, ip("172.16.3.200")}}, v);
  CHECK(p.out.find("RTM_ADD: Add Route: len 0, pid: 0, seq 0, errno 0") == 0);
  CHECK(p.out.ends_with("\nadd net 10.9.0.0/16: gateway 172.16.3.200\n"));
  CHECK(shown({ChangeDone{add_req, {sent}, std::nullopt, {}}}).out.find("RTM_ADD") == std::string::npos);
}

TEST_CASE("a net-tools change is silent; a refusal is an error line with status 7") {
  FakeNames names;
  auto req = parse_nettools(RouteOp::del, {"-net", "10.9.0.0/16"}, AF_INET, names);
  REQUIRE(req);
  CHECK(shown({ChangeDone{*req, {}, std::nullopt, {}}}).out.empty());
  auto p = shown({ChangeDone{*req, {}, RouteRefusal{ESRCH, ""}, {}}});
  CHECK(p.errors == V{"delete net 10.9.0.0/16: not in table"});
  CHECK(p.status == kExitKernel);
}

TEST_CASE("get and flush") {
  auto get = solaris(SolarisVerb::get, {"10.99.1.1"});
  auto none = shown({GetDone{get, std::nullopt, {}}});
  CHECK(none.out == "10.99.1.1: not in table\n");
  CHECK(none.status == ESRCH);
  CHECK(shown({FlushDone{false, {}}}).errors == V{"flush: insufficient privileges"});
  FlushDone f{true, {{route4("10.9.0.0", 16, "172.16.3.200"), std::nullopt},
                     {route4("10.8.0.0", 16, "172.16.3.200"), RouteRefusal{ESRCH, ""}}}};
  RouteView numeric;
  numeric.numeric = true;
  auto p = shown({f}, numeric);
  CHECK(p.out == "10.9                 172.16.3.200         done\n");
  CHECK(p.errors == V{"flush: 10.8.0.0/16: not in table"});
  CHECK(p.status == 1);
}

TEST_CASE("the static-routes file's results; its refusals on stderr without the program's name") {
  const RouteRequest add_req = add_request();
  auto added = shown({PersistAdded{add_req, false}});
  CHECK(added.out == "add persistent net 10.9.0.0/16: gateway 172.16.3.200\n");
  auto exists = shown({PersistAdded{add_req, true}});
  CHECK(exists.out.empty());
  CHECK(exists.errors.empty());
  CHECK(exists.notes == V{"add persistent net 10.9.0.0/16: gateway 172.16.3.200: entry exists"});
  CHECK(exists.status == 1);
  auto del = solaris(SolarisVerb::del, {"10.9.0.0/16", "172.16.3.200"});
  auto missing = shown({PersistRemoved{del, {}}});
  CHECK(missing.notes == V{"delete persistent net 10.9.0.0/16: gateway 172.16.3.200: not in file"});
  CHECK(shown({PersistRemoved{std::nullopt, {del, del}}}).out ==
        "delete persistent net 10.9.0.0/16: gateway 172.16.3.200\n"
        "delete persistent net 10.9.0.0/16: gateway 172.16.3.200\n");
  auto get = solaris(SolarisVerb::get, {"10.9.0.0/16"});
  CHECK(shown({PersistFound{get, {}}}).out == "get persistent net 10.9.0.0/16: not in file\n");
  CHECK(shown({PersistFound{get, {"10.9.0.0/16 172.16.3.200"}}}).out ==
        "persistent: route add 10.9.0.0/16 172.16.3.200\n");
  CHECK(shown({PersistListed{}}).out == "No persistent routes are defined\n");
  RouteView quiet;
  quiet.quiet = true;
  CHECK(shown({PersistAdded{add_req, false}, PersistFound{get, {}}}, quiet).out.empty());
  CHECK(shown({PersistListed{{"default 10.0.0.1"}}}, quiet).out == "persistent: route add default 10.0.0.1\n");
}

TEST_CASE("steps print in order; the status counts from status_from") {
  const RouteRequest add_req = add_request();
  auto p = shown({Error{"cannot read routes", 1}, ChangeDone{add_req, {}, RouteRefusal{EEXIST, ""}, {}},
                  PersistAdded{add_req, false}},
                 {}, 2);
  CHECK(p.errors == V{"cannot read routes"});
  CHECK(p.out == "add net 10.9.0.0/16: gateway 172.16.3.200: entry exists\n"
                        "add persistent net 10.9.0.0/16: gateway 172.16.3.200\n");
  CHECK(p.status == 0);
  CHECK(shown({ChangeDone{add_req, {}, RouteRefusal{EEXIST, ""}, {}}, PersistAdded{add_req, false}}).status ==
        EEXIST);
}

}  // namespace lib_route_present_test
