#include "lib/ifconfig/request.h"

#include <doctest/doctest.h>

#include "lib/common/fake_names.h"

using namespace solnet;

namespace lib_ifconfig_request_test {

namespace {

using V = std::vector<std::string>;

struct Lines {
  fixture::FakeNames names;
  Lines() { names.hosts = {{"10.1.2.3", "web"}}; }

  IfconfigRequest req(V words, bool privileged = true, bool json = false) {
    auto l = parse_ifconfig_line(words, json, privileged, names);
    REQUIRE_MESSAGE(l, (l ? "" : l.error().message));
    REQUIRE(std::holds_alternative<IfconfigRequest>(*l));
    return std::get<IfconfigRequest>(*l);
  }
  Error err(V words, bool privileged = true) {
    auto l = parse_ifconfig_line(words, false, privileged, names);
    REQUIRE_FALSE(l);
    return l.error();
  }
};

}  // namespace

TEST_CASE("no keywords: a display; keywords: a command, typed whole") {
  Lines l;
  auto show = l.req({"-a"});
  CHECK(show.args.all);
  CHECK_FALSE(show.command);
  auto cmd = l.req({"v0", "web", "up"});
  REQUIRE(cmd.command);
  CHECK(cmd.command->actions.size() == 2);
  CHECK(cmd.command->actions[0].addr == *parse_inet("10.1.2.3"));
  CHECK(l.err({"v0", "netmask"}).message == "no argument for netmask");
  CHECK(l.err({"-x"}).message == "-x: unknown option");
  // --json before the words or among them
  CHECK(l.req({"v0"}, true, true).args.json);
  CHECK(l.req({"v0", "--json"}).args.json);
}

TEST_CASE("without privilege a change is refused before its words are read; displays are not") {
  Lines l;
  CHECK(l.err({"v0", "mtu", "1400"}, false).message == "v0: permission denied");
  CHECK(l.err({"v0", "netmsk"}, false).message == "v0: permission denied");
  CHECK(l.err({"-a", "web", "up"}, false).message == "permission denied");
  CHECK(l.names.lookups == 0);
  CHECK(l.req({"v0:1", "configinfo"}, false).command);
  CHECK(l.req({"v0", "ether"}, false).command);
  CHECK_FALSE(l.req({"v0"}, false).command);
}

TEST_CASE("root naming an IPv4 logical interface allocates it when it is missing") {
  Lines l;
  CHECK(l.req({"v0:7"}).allocates);
  CHECK(l.req({"v0:7", "inet"}).allocates);
  CHECK(l.req({"v0:7", "configinfo"}).allocates);
  CHECK_FALSE(l.req({"v0:7", "inet6"}).allocates);
  CHECK_FALSE(l.req({"v0:7"}, false).allocates);
  CHECK_FALSE(l.req({"v0"}).allocates);
  CHECK_FALSE(l.req({"-a"}).allocates);
}

TEST_CASE("dhcp after the interface is a DHCP command, checked whole") {
  Lines l;
  auto d = parse_ifconfig_line(V{"v0", "inet", "dhcp", "primary", "start"}, false, false, l.names);
  REQUIRE(d);
  REQUIRE(std::holds_alternative<DhcpCommand>(*d));
  CHECK(std::get<DhcpCommand>(*d).ifname == "v0");
  CHECK(std::get<DhcpCommand>(*d).req.primary);
  auto json = parse_ifconfig_line(V{"v0", "dhcp", "status"}, true, true, l.names);
  REQUIRE_FALSE(json);
  CHECK(json.error().message == "--json: dhcp has no JSON output");
  CHECK(json.error().exit_code == 3);
  CHECK(l.err({"v0:1", "auto-dhcp"}).message == "v0:1: DHCP is only available on physical interfaces");
  // only the first word selects DHCP
  CHECK(l.err({"v0", "up", "dhcp"}).message == "dhcp: unknown keyword or host name");
}

}  // namespace lib_ifconfig_request_test
