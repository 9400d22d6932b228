// Which address family a display shows, and the Solaris selectors that
// Linux has no zones for.
#include <doctest/doctest.h>
#include <sys/socket.h>

#include "lib/common/fake_names.h"
#include "lib/ifconfig/keywords.h"
#include "lib/ifconfig/request.h"

using namespace solnet;

namespace lib_ifconfig_display_family_test {

using V = std::vector<std::string>;

IfconfigRequest req(V words) {
  fixture::FakeNames names;
  auto l = parse_ifconfig_line(words, false, true, names);
  REQUIRE_MESSAGE(l, (l ? "" : l.error().message));
  REQUIRE(std::holds_alternative<IfconfigRequest>(*l));
  return std::get<IfconfigRequest>(*l);
}

std::string err(V words) {
  fixture::FakeNames names;
  auto l = parse_ifconfig_line(words, false, true, names);
  REQUIRE_FALSE(l);
  return l.error().message;
}

// SunOS ifconfig(1M): "If no address family is specified, inet is assumed."
TEST_CASE("one interface without a family shows IPv4; inet6 shows IPv6; -a both") {
  CHECK(req({"v0"}).args.family == AF_INET);
  CHECK(req({"v0:2"}).args.family == AF_INET);
  CHECK(req({"v0", "inet"}).args.family == AF_INET);
  CHECK(req({"v0", "inet6"}).args.family == AF_INET6);
  CHECK(req({"v0", "--json"}).args.family == AF_INET);  // JSON shows what the text shows
  CHECK(req({"-a"}).args.family == 0);  // both, unless inet_type(5) says otherwise (cmd/)
  CHECK(req({}).args.family == 0);
  CHECK(req({"-a6"}).args.family == AF_INET6);
  // A command keeps the family it was given: 0 lets the keywords choose.
  CHECK(req({"v0", "up"}).args.family == 0);
}

TEST_CASE("-Z and the Z letter are accepted: every interface is the caller's") {
  auto z = req({"-Z", "-a"});
  CHECK(z.args.all);
  CHECK(z.args.family == 0);
  CHECK(req({"-Z"}).args.all);
  auto one = req({"-Z", "v0"});
  REQUIRE(one.args.name);
  CHECK(one.args.name->str() == "v0");
  CHECK(one.args.family == AF_INET);
  auto az = req({"-aZ4"});
  CHECK(az.args.all);
  CHECK(az.args.family == AF_INET);
  CHECK(err({"-Z", "-Z"}) == "-Z: no such interface");  // a selector without "a", as before
  CHECK(err({"-aY"}) == "-aY: unknown option");
}

TEST_CASE("-all-zones, the synopsis' spelling, is refused as all-zones is") {
  const IfKeyword* k = find_ifconfig_keyword("-all-zones");
  REQUIRE(k);
  CHECK(k->refused == find_ifconfig_keyword("all-zones")->refused);
  CHECK(err({"v0", "-all-zones"}) ==
        "-all-zones: not supported on this system (Linux has network namespaces, which take whole links, not "
        "addresses)");
}

}  // namespace lib_ifconfig_display_family_test
