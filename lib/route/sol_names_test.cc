#include "lib/route/sol_names.h"

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_sol_names_test {

TEST_CASE("routename: default, names without our domain, numbers") {
  FakeNames names;
  names.domain = "example.com";
  names.hosts["10.0.0.1"] = "gw.example.com";
  names.hosts["10.0.0.2"] = "other.example.org";
  CHECK(sol_routename(*parse_inet("0.0.0.0"), false, names) == "default");
  CHECK(sol_routename(*parse_inet("::"), false, names) == "default");
  CHECK(sol_routename(*parse_inet("10.0.0.1"), false, names) == "gw");
  CHECK(sol_routename(*parse_inet("10.0.0.2"), false, names) == "other.example.org");
  CHECK(sol_routename(*parse_inet("10.0.0.1"), true, names) == "10.0.0.1");
  CHECK(sol_routename(*parse_inet("10.0.0.3"), false, names) == "10.0.0.3");
  CHECK(sol_routename(*parse_inet("2001:db8::1"), false, names) == "2001:db8::1");
}

TEST_CASE("netname: networks(5) under a guessed mask, else short numbers") {
  FakeNames names;
  names.nets[0x0a09] = "lab";  // 10.9 as networks(5) writes it
  CHECK(sol_netname(*parse_inet("10.9.0.0"), false, names) == "lab");
  CHECK(sol_netname(*parse_inet("10.9.0.0"), true, names) == "10.9");
  CHECK(sol_netname(*parse_inet("10.0.0.0"), true, names) == "10");
  CHECK(sol_netname(*parse_inet("192.168.1.0"), true, names) == "192.168.1");
  CHECK(sol_netname(*parse_inet("10.1.2.3"), true, names) == "10.1.2.3");
  CHECK(sol_netname(*parse_inet("0.0.0.0"), true, names) == "default");
  CHECK(sol_netname(*parse_inet("2001:db8::"), true, names) == "2001:db8::");
}

}  // namespace lib_route_sol_names_test
