#include "src/dhcp/run.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "lib/common/test_fixtures.h"
#include "lib/dhcp/present.h"
#include "lib/ifconfig/request.h"
#include "src/dhcp/fake_client.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_dhcp_run_test {

namespace {

using V = std::vector<std::string>;

std::tm utc(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm;
}

struct World {
  FakeKernel k;
  MemoryStateStore store;
  FakeDhcpClient client{k};
  FakeDhcpLinks links{k};
  MemoryPrimaryRecord primary;
  FakeDhcpClock clock;
  DhcpEnv env{k, store, client, links, primary, clock, true};
  FakeNames names;

  World() {
    k.links_ = {loopback(), ether_link(2, "v0"), ether_link(3, "v1", IFF_BROADCAST | IFF_MULTICAST)};
    client.lease_value.reason = "BOUND";
    client.lease_value.address = parse_inet("10.9.0.98");
    client.lease_value.lease_time = 120;
    client.lease_value.renewal_time = 60;
    client.lease_value.message_type = 5;
  }

  // What the command line prints: parsed, run and presented as the main
  // does.
  Result<std::string> run(V argv) {
    auto line = parse_ifconfig_line(argv, false, true, names);
    if (!line) return line.error();
    REQUIRE(std::holds_alternative<DhcpCommand>(*line));
    auto out = run_dhcp(std::get<DhcpCommand>(*line), env);
    if (!out) return out.error();
    return present_dhcp(*out, utc).out;
  }
  std::string ok(V argv) {
    auto r = run(std::move(argv));
    REQUIRE_MESSAGE(r, r.error().message);
    return *r;
  }
  // The message and exit code of a failure.
  std::pair<std::string, int> fail(V argv) {
    auto r = run(std::move(argv));
    REQUIRE_FALSE(r);
    return {r.error().message, r.error().exit_code};
  }
  // A client soliciting a lease that no server answers yet; `bound()`
  // lets the lease come.
  void start_selecting(const char* link) {
    client.bind_after = -1;
    ok({link, "dhcp"});
  }
  void bound(const char* link) {
    client.bind_after = 0;
    REQUIRE(client.lease_written(link));
  }
  bool has_addr(const char* a) {
    for (const auto& x : k.addrs_)
      if (x.local == *parse_inet(a)) return true;
    return false;
  }
};

using E = std::pair<std::string, int>;

}  // namespace

TEST_CASE("only dhcp and auto-dhcp after the interface select the DHCP runner") {
  FakeNames names;
  auto is_dhcp = [&](V argv) {
    auto line = parse_ifconfig_line(argv, false, true, names);
    return line && std::holds_alternative<DhcpCommand>(*line);
  };
  CHECK(is_dhcp({"v0", "inet", "dhcp", "start"}));
  CHECK(is_dhcp({"v0", "auto-dhcp"}));
  CHECK_FALSE(is_dhcp({"v0", "up", "dhcp"}));
  CHECK_FALSE(is_dhcp({"v0"}));
}

TEST_CASE("start returns at once; the lease arrives in the background") {
  World w;
  CHECK(w.ok({"v1", "dhcp"}) == "");
  CHECK(w.client.log == V{"start v1 primary"});
  CHECK(w.links.log == V{"v1 up"});  // brought up as needed
  CHECK(w.primary.link == "v1");     // the first interface is the primary
  CHECK(w.clock.sleeps == 0);
  CHECK_FALSE(w.has_addr("10.9.0.98"));
  CHECK(w.client.lease_written("v1"));  // ... and later it is bound
}

TEST_CASE("start plumbs an unplumbed inet stack again") {
  World w;
  w.store.doc.get(2, "v0").inet_unplumbed = true;
  w.ok({"v0", "auto-dhcp", "start"});
  CHECK_FALSE(w.store.doc.find(2, "v0")->inet_unplumbed);
  CHECK(w.links.log.empty());  // v0 was up already
}

TEST_CASE("start wait N returns once the address is on the interface") {
  World w;
  w.client.bind_after = 5;
  CHECK(w.ok({"v0", "dhcp", "start", "wait", "30"}) == "");
  CHECK(w.has_addr("10.9.0.98"));
  CHECK(w.clock.sleeps == 5);
}

TEST_CASE("a wait that runs out exits 4 and leaves the client trying") {
  World w;
  w.client.bind_after = -1;  // a silent network
  CHECK(w.fail({"v0", "dhcp", "wait", "2", "start"}) == E{"v0: wait timed out, operation still pending...", 4});
  CHECK(w.clock.now - std::chrono::steady_clock::time_point{} == std::chrono::seconds(2));
  CHECK(w.client.running("v0"));
}

TEST_CASE("a client that dies while ifconfig waits is a failure") {
  World w;
  w.client.bind_after = -1;
  w.clock.on_sleep = [&] { w.client.clients.erase("v0"); };
  CHECK(w.fail({"v0", "dhcp", "wait", "forever"}) == E{"v0: the DHCP client has exited", 2});
}

TEST_CASE("wait forever waits until the lease comes") {
  World w;
  w.client.bind_after = 100000;
  w.ok({"v0", "dhcp", "wait", "forever"});
  CHECK(w.clock.sleeps == 100000);
}

TEST_CASE("a client that cannot run is a system error; its refusals are failures") {
  World w;
  w.client.start_error = error("/usr/sbin/dhcpcd: No such file or directory", 6);
  w.store.doc.get(3, "v1").inet_unplumbed = true;
  CHECK(w.fail({"v1", "dhcp"}) == E{"/usr/sbin/dhcpcd: No such file or directory", 6});
  CHECK_FALSE(w.primary.link);
  CHECK(w.links.log == V{"v1 up", "v1 down"});  // taken back
  CHECK(w.store.doc.find(3, "v1")->inet_unplumbed);
}

TEST_CASE("starting twice is refused") {
  World w;
  w.ok({"v0", "dhcp"});
  CHECK(w.fail({"v0", "dhcp", "start"}) == E{"v0: DHCP is already running", 2});
}

TEST_CASE("bad arguments exit 3 before anything starts") {
  World w;
  CHECK(w.fail({"v0", "dhcp", "strat"}) == E{"strat: unknown DHCP operation (did you mean start?)", 3});
  CHECK(w.fail({"v0", "dhcp", "wait", "x"}) == E{"x: bad wait time (seconds or forever)", 3});
  CHECK(w.fail({"v0", "inet6", "dhcp"}) == E{"v0: DHCP is only available for inet", 3});
  CHECK(w.fail({"v0:1", "dhcp"}) == E{"v0:1: DHCP is only available on physical interfaces", 3});
  CHECK(w.fail({"-a", "dhcp", "start"}) == E{"dhcp: an interface name is required", 3});
  CHECK(w.fail({"-a6", "dhcp", "status"}) == E{"dhcp: an interface name is required", 3});
  CHECK(w.fail({"v0", "dhcp", "status", "--json"}) == E{"--json: dhcp has no JSON output", 3});
  CHECK(w.fail({"v0", "dhcp", "primary", "drop"}) == E{"primary: only with start, extend or inform", 3});
  CHECK(w.fail({"eth9", "dhcp", "foo"}) == E{"foo: unknown DHCP operation", 3});
  CHECK(w.client.log.empty());
  CHECK(w.links.log.empty());
}

TEST_CASE("unknown interfaces fail with exit 2") {
  World w;
  CHECK(w.fail({"eth9", "dhcp", "start"}) == E{"eth9: no such interface", 2});
  CHECK(w.fail({"eth9", "dhcp", "ping"}) == E{"eth9: no such interface", 2});
}

TEST_CASE("without CAP_NET_ADMIN changes are refused; ping and status work") {
  World w;
  w.ok({"v0", "dhcp"});
  w.env.privileged = false;
  for (const char* op : {"start", "drop", "extend", "release"})
    CHECK(w.fail({"v1", "dhcp", op}) == E{"v1: permission denied", 2});
  CHECK(w.client.log == V{"start v0 primary"});
  CHECK(w.ok({"v0", "dhcp", "ping"}) == "");
  CHECK(w.ok({"v0", "dhcp", "status"}).starts_with("Interface"));
}

TEST_CASE("ping: exit 0 under DHCP control, 2 otherwise") {
  World w;
  CHECK(w.fail({"v0", "dhcp", "ping"}) == E{"v0: interface is not under DHCP control", 2});
  w.ok({"v0", "dhcp"});
  CHECK(w.ok({"v0", "dhcp", "ping"}) == "");
}

TEST_CASE("status prints the illumos table from the client's lease") {
  World w;
  CHECK(w.fail({"v0", "dhcp", "status"}) == E{"v0: interface is not under DHCP control", 2});
  w.start_selecting("v0");
  CHECK(w.ok({"v0", "dhcp", "status"}) ==
        "Interface  State         Sent  Recv  Declined  Flags\n"
        "v0         SELECTING        -     -         -  [PRIMARY] \n");
  w.client.bind_after = 0;
  CHECK(w.ok({"v0", "dhcp", "status"}) ==
        "Interface  State         Sent  Recv  Declined  Flags\n"
        "v0         BOUND            -     -         -  [PRIMARY] \n"
        "(Began, Expires, Renew) = (11/23/2026 18:46, 11/23/2026 18:48, 11/23/2026 18:47)\n");
}

TEST_CASE("a second interface runs secondary; primary moves the role and demotes the first") {
  World w;
  w.ok({"v0", "dhcp"});
  w.ok({"v1", "dhcp"});
  CHECK(w.client.clients["v1"].mode == DhcpMode::secondary);
  CHECK(w.primary.link == "v0");
  CHECK(w.ok({"v1", "dhcp", "status"}).find("[PRIMARY]") == std::string::npos);

  World x;
  x.ok({"v0", "dhcp"});
  x.ok({"v1", "dhcp", "primary"});
  CHECK(x.client.log == V{"start v0 primary", "start v1 primary", "stop v0", "start v0 secondary"});
  CHECK(x.links.log == V{"v1 up", "v0 routes"});
  CHECK(x.primary.link == "v1");
}

TEST_CASE("a primary whose client is gone does not count") {
  World w;
  w.primary.link = "v1";  // recorded, but nothing runs there
  w.ok({"v0", "dhcp"});
  CHECK(w.client.log == V{"start v0 primary"});
  CHECK(w.primary.link == "v0");
}

TEST_CASE("drop stops the client and keeps the address; the primary role goes") {
  World w;
  w.ok({"v0", "dhcp", "wait", "5"});
  w.ok({"v0", "dhcp", "drop"});
  CHECK(w.client.log.back() == "stop v0");
  CHECK(w.has_addr("10.9.0.98"));
  CHECK_FALSE(w.primary.link);
  CHECK(w.fail({"v0", "dhcp", "drop"}) == E{"v0: interface is not under DHCP control", 2});
}

TEST_CASE("release gives the lease back and marks the interface down") {
  World w;
  w.start_selecting("v0");
  CHECK(w.fail({"v0", "dhcp", "release"}) == E{"v0: interface not in appropriate state for command", 2});
  w.bound("v0");
  w.ok({"v0", "dhcp", "release"});
  CHECK(w.client.log.back() == "release v0");
  CHECK(w.links.log == V{"v0 down"});
  CHECK_FALSE(w.has_addr("10.9.0.98"));
  CHECK_FALSE(w.primary.link);
  CHECK(w.fail({"v0", "dhcp", "release"}) == E{"v0: interface is not under DHCP control", 2});
}

TEST_CASE("extend renews; with wait it returns once the new lease is written") {
  World w;
  w.start_selecting("v0");
  CHECK(w.fail({"v0", "dhcp", "extend"}) == E{"v0: interface not in appropriate state for command", 2});
  w.bound("v0");
  auto before = *w.client.lease_written("v0");
  w.ok({"v0", "dhcp", "extend"});
  CHECK(w.client.log.back() == "renew v0");
  CHECK(w.clock.sleeps == 0);
  w.ok({"v0", "dhcp", "extend", "wait", "10"});
  CHECK(*w.client.lease_written("v0") > before);
}

// illumos ifconfig(8) inform: "Obtain network configuration parameters
// from DHCP without obtaining a lease on IP addresses."
TEST_CASE("inform runs the client for the physical interface's own address") {
  World w;
  CHECK(w.fail({"v0", "dhcp", "inform"}) == E{"v0: no IPv4 address to inform the DHCP server of", 2});
  CHECK(w.client.log.empty());
  auto addr = [](const char* a, const char* label) {
    Addr x;
    x.family = AF_INET;
    x.ifindex = 2;
    x.local = *parse_inet(a);
    x.prefixlen = 24;
    x.label = label;
    return x;
  };
  w.k.addrs_ = {addr("10.0.0.9", "v0:1"), addr("10.0.0.5", "v0")};
  w.client.lease_value.address.reset();
  w.ok({"v0", "dhcp", "inform", "wait", "5"});
  CHECK(w.client.log == V{"inform v0 10.0.0.5/24 primary wait"});
  CHECK(w.primary.link == "v0");
  CHECK(w.ok({"v0", "dhcp", "ping"}) == "");
  CHECK(w.fail({"v0", "dhcp", "inform"}) == E{"v0: DHCP is already running", 2});
  // No reply in time: exit 4, the client goes on trying, v1 is primary.
  w.client.bind_after = -1;
  w.k.addrs_.push_back(addr("10.0.1.5", "v1"));
  w.k.addrs_.back().ifindex = 3;
  CHECK(w.fail({"v1", "dhcp", "inform", "primary", "wait", "1"}) ==
        E{"v1: wait timed out, operation still pending...", 4});
  CHECK(w.ok({"v1", "dhcp", "ping"}) == "");
  CHECK(w.primary.link == "v1");
}

TEST_CASE("extend wait asks again when the client dropped the renewal, and returns once renewed") {
  World w;
  w.start_selecting("v0");
  w.bound("v0");
  auto before = *w.client.lease_written("v0");
  w.client.lose_renewals = 1;
  w.ok({"v0", "dhcp", "extend", "wait", "10"});
  CHECK(*w.client.lease_written("v0") > before);
  CHECK(std::count(w.client.log.begin(), w.client.log.end(), "renew v0") == 2);
}

TEST_CASE("extend primary restarts the interface as primary") {
  World w;
  w.ok({"v0", "dhcp", "wait", "1"});
  w.ok({"v1", "dhcp", "wait", "1"});
  w.client.log.clear();
  w.links.log.clear();
  w.ok({"v1", "dhcp", "extend", "primary"});
  CHECK(w.client.log == V{"stop v0", "start v0 secondary", "stop v1", "start v1 primary"});
  CHECK(w.links.log == V{"v0 routes"});
  CHECK(w.primary.link == "v1");
}

TEST_CASE("-a4 dhcp status: a table for each interface under DHCP, nothing when none is") {
  World w;
  CHECK(w.ok({"-a4", "dhcp", "status"}).empty());
  w.start_selecting("v0");
  w.start_selecting("v1");
  CHECK(w.ok({"-a4", "dhcp", "status"}) ==
        "Interface  State         Sent  Recv  Declined  Flags\n"
        "v0         SELECTING        -     -         -  [PRIMARY] \n"
        "Interface  State         Sent  Recv  Declined  Flags\n"
        "v1         SELECTING        -     -         -  \n");
}

}  // namespace src_dhcp_run_test
