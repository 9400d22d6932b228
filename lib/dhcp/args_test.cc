#include "lib/dhcp/args.h"

#include <sys/socket.h>

#include <doctest/doctest.h>

#include <vector>

using namespace solnet;

namespace lib_dhcp_args_test {

namespace {

using W = std::vector<std::string>;

DhcpRequest ok(W w) {
  auto r = parse_dhcp_words(w);
  REQUIRE_MESSAGE(r, r.error().message);
  return *r;
}

std::string bad(W w) {
  auto r = parse_dhcp_words(w);
  REQUIRE_FALSE(r);
  CHECK(r.error().exit_code == 3);
  return r.error().message;
}

}  // namespace

TEST_CASE("start is the default operation and returns at once") {
  CHECK(ok({"dhcp"}) == DhcpRequest{DhcpOp::start, false, {}});
  CHECK(ok({"auto-dhcp"}) == DhcpRequest{DhcpOp::start, false, {}});
  CHECK_FALSE(ok({"dhcp"}).wait.waits());
}

TEST_CASE("operations, primary and wait in any order") {
  CHECK(ok({"dhcp", "status"}).op == DhcpOp::status);
  CHECK(ok({"dhcp", "release"}).op == DhcpOp::release);
  CHECK(ok({"dhcp", "inform", "primary", "wait", "5"}) == DhcpRequest{DhcpOp::inform, true, {false, 5}});
  CHECK(ok({"dhcp", "primary", "wait", "30", "start"}) == DhcpRequest{DhcpOp::start, true, {false, 30}});
  CHECK(ok({"dhcp", "extend", "wait", "forever", "primary"}) == DhcpRequest{DhcpOp::extend, true, {true, 0}});
  CHECK(ok({"auto-dhcp", "wait", "0", "drop"}) == DhcpRequest{DhcpOp::drop, false, {false, 0}});
  CHECK_FALSE(ok({"dhcp", "wait", "0"}).wait.waits());
  CHECK(ok({"dhcp", "wait", "2147483647"}).wait.seconds == 2147483647u);
  // net-physical's lines repeat what /etc/dhcp.IF says: the last wait counts
  CHECK(ok({"auto-dhcp", "primary", "primary", "wait", "30"}).primary);
  CHECK(ok({"dhcp", "start", "wait", "0", "wait", "7"}).wait.seconds == 7u);
}

TEST_CASE("bad arguments are refused with exit code 3, one line each") {
  CHECK(bad({"dhcp", "relase"}) == "relase: unknown DHCP operation (did you mean release?)");
  CHECK(bad({"dhcp", "stat"}) == "stat: unknown DHCP operation (did you mean status?)");
  CHECK(bad({"dhcp", "infrom"}) == "infrom: unknown DHCP operation (did you mean inform?)");
  CHECK(bad({"dhcp", "dhcp"}) == "dhcp: unknown DHCP operation");
  CHECK(bad({"dhcp", "start", "status"}) == "status: only one DHCP operation may be given (start came first)");
  CHECK(bad({"dhcp", "wait"}) == "no argument for wait");
  CHECK(bad({"dhcp", "wait", "-1"}) == "-1: bad wait time (seconds or forever)");
  CHECK(bad({"dhcp", "wait", "10s"}) == "10s: bad wait time (seconds or forever)");
  CHECK(bad({"dhcp", "wait", ""}) == ": bad wait time (seconds or forever)");
  CHECK(bad({"dhcp", "wait", "2147483648"}) == "2147483648: bad wait time (seconds or forever)");
  CHECK(bad({"dhcp", "wait", "start"}) == "start: bad wait time (seconds or forever)");
  CHECK(bad({"dhcp", "st\x01"}) == "st\\x01: unknown DHCP operation");
}

TEST_CASE("each row of the table takes the words it declares, and the next word is a keyword again") {
  for (const auto& k : dhcp_keywords()) {
    if (k.role == DhcpWordRole::intro) continue;  // they only begin a line
    CAPTURE(k.info.name);
    W line{"dhcp", std::string(k.info.name)};
    if (k.info.arg == Arg::required) {
      REQUIRE(k.info.kind == ArgKind::number);
      line.push_back("1500");
    }
    line.push_back("primary");
    const DhcpRequest r = ok(line);
    CHECK(r.primary);
    if (k.role == DhcpWordRole::operation) CHECK(r.op == k.op);
    if (k.role == DhcpWordRole::wait) CHECK(r.wait == DhcpWait{false, 1500});
  }
}

TEST_CASE("a DHCP command names one physical interface, for inet, without JSON") {
  const W start{"dhcp", "start"}, status{"dhcp", "status"};
  const IfName v0{"v0", std::nullopt}, v0_1{"v0", 1};
  auto cmd = parse_dhcp_command(v0, 0, false, start);
  REQUIRE(cmd);
  CHECK(cmd->ifname == "v0");
  CHECK(cmd->req == DhcpRequest{DhcpOp::start, false, {}});
  CHECK(parse_dhcp_command(v0, AF_INET, false, start));
  // "-a dhcp status" (net-physical): every interface under DHCP
  auto all = parse_dhcp_command(std::nullopt, AF_INET, false, status);
  REQUIRE(all);
  CHECK_FALSE(all->ifname);
  auto fails = [](const std::optional<IfName>& n, int family, bool json, const W& w) {
    auto r = parse_dhcp_command(n, family, json, w);
    REQUIRE_FALSE(r);
    CHECK(r.error().exit_code == 3);
    return r.error().message;
  };
  CHECK(fails(std::nullopt, 0, false, start) == "dhcp: an interface name is required");
  CHECK(fails(std::nullopt, AF_INET6, false, status) == "dhcp: an interface name is required");
  CHECK(fails(std::nullopt, 0, true, status) == "dhcp: an interface name is required");
  CHECK(fails(v0_1, 0, false, start) == "v0:1: DHCP is only available on physical interfaces");
  CHECK(fails(v0, AF_INET6, false, start) == "v0: DHCP is only available for inet");
  CHECK(fails(v0, 0, true, status) == "--json: dhcp has no JSON output");
  CHECK(fails(v0, 0, false, {"dhcp", "primary", "drop"}) == "primary: only with start, extend or inform");
  // the words first
  CHECK(fails(v0_1, AF_INET6, true, {"dhcp", "stat"}) == "stat: unknown DHCP operation (did you mean status?)");
}

}  // namespace lib_dhcp_args_test
