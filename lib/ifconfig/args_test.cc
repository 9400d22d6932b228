#include "lib/ifconfig/args.h"

#include <sys/socket.h>

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_ifconfig_args_test {

static IfconfigArgs ok(std::vector<std::string> args) {
  auto r = parse_ifconfig_args(args);
  REQUIRE(r);
  return *r;
}

static std::string err(std::vector<std::string> args) {
  auto r = parse_ifconfig_args(args);
  REQUIRE_FALSE(r);
  return r.error().message;
}

TEST_CASE("no arguments and -a show everything") {
  CHECK(ok({}).all);
  auto a = ok({"-a"});
  CHECK(a.all);
  CHECK(a.family == 0);
  CHECK_FALSE(a.name);
}

TEST_CASE("-a IF shows IF, as net-tools does; a keyword after -a is for all") {
  auto a = ok({"-a", "eth0"});
  CHECK_FALSE(a.all);
  REQUIRE(a.name);
  CHECK(a.name->str() == "eth0");
  CHECK(a.words.empty());
  CHECK(ok({"-a", "up"}).all);
  CHECK(ok({"-a", "configinfo"}).words == std::vector<std::string>{"configinfo"});
  CHECK(ok({"-a", "eth0:2"}).name->str() == "eth0:2");
  CHECK(parse_ifconfig_args({"-a", "eth0:0-"}).error().message == "eth0:0-: bad logical unit");
}

TEST_CASE("selector letters combine") {
  auto a = ok({"-au4"});
  CHECK(a.only_up);
  CHECK(a.family == AF_INET);
  auto b = ok({"-adD"});
  CHECK(b.only_down);
  CHECK(b.no_dhcp);
  CHECK(ok({"-a6"}).family == AF_INET6);
  CHECK(ok({"-a", "inet6"}).family == AF_INET6);
  CHECK(ok({"-a", "inet"}).family == AF_INET);
}

TEST_CASE("--json and -j are taken anywhere") {
  CHECK(ok({"-a", "--json"}).json);
  CHECK(ok({"-j"}).json);
  CHECK(ok({"-j"}).all);
  auto a = ok({"eth0", "-j", "inet"});
  CHECK(a.json);
  CHECK(a.family == AF_INET);
}

TEST_CASE("an interface, a family and keywords") {
  auto a = ok({"eth0:1", "inet", "netmask", "+", "up"});
  CHECK(a.name->str() == "eth0:1");
  CHECK(a.family == AF_INET);
  CHECK(a.words == std::vector<std::string>{"netmask", "+", "up"});
  auto b = ok({"eth0", "-arp"});
  CHECK(b.words == std::vector<std::string>{"-arp"});
  auto c = ok({"-a", "netmask", "+", "broadcast", "+"});
  CHECK(c.all);
  CHECK(c.words.size() == 4);
}

TEST_CASE("bad selectors and names") {
  CHECK(err({"-ax"}) == "-ax: unknown option");
  CHECK(err({"--jsn"}) == "--jsn: unknown option (did you mean --json?)");
  CHECK(err({"--verison"}) == "--verison: unknown option (did you mean --version?)");
  CHECK(err({"--bogus"}) == "--bogus: unknown option");
  CHECK(err({"-u"}) == "-u: no such interface");
  CHECK(err({"-a46"}) == "-a46: conflicting address families");
  CHECK(err({"-a4", "inet6"}) == "inet6: conflicting address families");
  CHECK(err({"eth0:x"}) == "eth0:x: bad logical unit");
}

TEST_CASE("net-tools add and del of an IPv6 address imply inet6") {
  CHECK(ok({"v0", "add", "2001:db8::1/64"}).family == AF_INET6);
  CHECK(ok({"v0", "del", "2001:db8::1"}).family == AF_INET6);
  CHECK(ok({"v0", "add", "10.0.0.1"}).family == 0);
  CHECK(ok({"v0", "inet", "add", "2001:db8::1"}).family == AF_INET);
  CHECK(ok({"v0", "addif", "2001:db8::1"}).family == 0);
}

}  // namespace lib_ifconfig_args_test
