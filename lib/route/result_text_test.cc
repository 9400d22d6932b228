#include "lib/route/result_text.h"

#include <doctest/doctest.h>
#include <errno.h>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_result_text_test {

namespace {

RouteRequest req(RouteOp op, bool host, const char* dest, const char* gw) {
  RouteRequest r;
  r.op = op;
  r.host = host;
  r.dest_text = dest;
  if (gw) {
    r.gateway_text = gw;
    r.gateways = {*parse_inet("10.0.0.254")};
  }
  return r;
}

}  // namespace

TEST_CASE("result lines as route(1M) prints them") {
  CHECK(result_line(req(RouteOp::add, false, "10.9.0.0/16", "172.16.3.200"), false, false, std::nullopt) ==
        "add net 10.9.0.0/16: gateway 172.16.3.200");
  CHECK(result_line(req(RouteOp::del, true, "10.1.1.1", "gw"), false, false, std::nullopt) ==
        "delete host 10.1.1.1: gateway gw");
  CHECK(result_line(req(RouteOp::change, false, "default", "gw"), true, false, std::nullopt) ==
        "change persistent net default: gateway gw");
  CHECK(result_line(req(RouteOp::add, false, "default", nullptr), false, false, std::nullopt) == "add net default");
  // -n prints the address used; a name with several gets it in parentheses.
  auto r = req(RouteOp::add, false, "default", "gw");
  CHECK(result_line(r, false, true, *parse_inet("10.0.0.254")) == "add net default: gateway 10.0.0.254");
  r.gateways.push_back(*parse_inet("10.0.1.254"));
  CHECK(result_line(r, false, false, *parse_inet("10.0.1.254")) == "add net default: gateway gw (10.0.1.254)");
}

TEST_CASE("refusals in route(1M)'s words, extended ack after") {
  CHECK(refusal_text(EEXIST, "") == "entry exists");
  CHECK(refusal_text(ESRCH, "") == "not in table");
  CHECK(refusal_text(ENOENT, "") == "not in table");
  CHECK(refusal_text(EBUSY, "") == "entry in use");
  CHECK(refusal_text(ENOBUFS, "") == "routing table overflow");
  CHECK(refusal_text(EPERM, "") == "insufficient privileges");
  CHECK(refusal_text(ENETUNREACH, "") == "Network is unreachable");
  CHECK(refusal_text(EINVAL, "Nexthop has invalid gateway") == "Invalid argument: Nexthop has invalid gateway");
}

TEST_CASE("flush lines: 20 columns each, then done") {
  FakeNames names;
  CHECK(flush_line(route4("10.9.0.0", 16, "10.0.0.254"), true, names) ==
        "10.9                 10.0.0.254           done\n");
  CHECK(flush_line(route4("0.0.0.0", 0, "10.0.0.254"), true, names) ==
        "default              10.0.0.254           done\n");
  names.hosts["10.0.0.254"] = "a-gateway-with-a-very-long-name";
  CHECK(flush_line(route4("10.1.1.1", 32, "10.0.0.254"), false, names) ==
        "10.1.1.1             a-gateway-with-a-ver done\n");
}

}  // namespace lib_route_result_text_test
