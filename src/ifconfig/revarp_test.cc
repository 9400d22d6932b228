#include "src/ifconfig/revarp.h"

#include <net/if.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <fstream>
#include <map>

#include "lib/common/test_fixtures.h"
#include "src/ifconfig/test_world.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_ifconfig_revarp_test {

namespace {

// Answers with `reply`, or fails as a silent network does.
class FakeRarpClient : public RarpClient {
 public:
  Result<InetAddr> ask(const Link& link, const RarpSettings& settings) override {
    asked.push_back(link);
    got = settings;
    if (auto r = replies.find(link.name); r != replies.end()) return r->second;
    if (!reply) return error(link.name + ": no RARP reply");
    return *reply;
  }
  std::optional<InetAddr> reply;
  std::map<std::string, InetAddr> replies;  // by link name, before `reply`
  std::vector<Link> asked;
  RarpSettings got;
};

struct World : IfconfigWorld {
  FakeRarpClient client;

  World() {
    rarp = &client;
    k.links_ = {loopback(), ether_link(2, "v0", IFF_BROADCAST | IFF_MULTICAST), ether_link(3, "v1")};
    k.addrs_ = {v4(3, "10.1.0.1", 24, "v1")};
  }
  unsigned flags(int index) const { return k.links_[static_cast<std::size_t>(index - 1)].flags; }
};

}  // namespace

TEST_CASE("auto-revarp configures the address RARP gives as if it had been typed") {
  World w;
  w.client.reply = ip("192.168.7.9");
  REQUIRE(w.run({"v0", "auto-revarp", "netmask", "+", "broadcast", "+", "up"}));
  // the request went out on the link, brought up for it
  REQUIRE(w.client.asked.size() == 1);
  CHECK(w.client.asked[0].name == "v0");
  CHECK((w.client.asked[0].flags & IFF_UP) != 0);
  CHECK((w.flags(2) & IFF_UP) != 0);
  REQUIRE(w.k.addrs_.size() == 2);
  const Addr& a = w.k.addrs_[0];
  CHECK(a.ifindex == 2);
  CHECK(a.local == ip("192.168.7.9"));
  CHECK(a.prefixlen == 24);
  CHECK(a.broadcast == ip("192.168.7.255"));
  CHECK(a.label == "v0");
  // the illumos defaults when /etc/inet/rarp is missing
  CHECK(w.client.got.retries == 5);
  CHECK(w.client.got.timeout_ms == 8000);
}

TEST_CASE("auto-revarp on a logical interface gives that unit the address") {
  World w;
  w.client.reply = ip("10.1.0.7");
  REQUIRE(w.run({"v1:2", "auto-revarp", "netmask", "255.255.255.0", "up"}));
  CHECK(w.client.asked.at(0).name == "v1");
  CHECK(w.k.addrs_.back().label == "v1:2");
  CHECK(w.k.addrs_.back().local == ip("10.1.0.7"));
}

TEST_CASE("no RARP reply: one error, the link put back down, nothing changed") {
  World w;
  auto r = w.run({"v0", "auto-revarp", "netmask", "+", "broadcast", "+", "up"});
  REQUIRE_FALSE(r);
  CHECK(r.error().message == "v0: no RARP reply");
  CHECK((w.flags(2) & IFF_UP) == 0);
  CHECK(w.k.addrs_.size() == 1);
  CHECK(w.store.writes == 0);
}

TEST_CASE("a command refused after RARP answered puts the link back down") {
  World w;
  w.k.addrs_.push_back(v4(2, "10.2.0.1", 24, "v0"));
  w.client.reply = ip("10.2.0.1");
  auto r = w.run({"v0:1", "auto-revarp", "up"});
  REQUIRE_FALSE(r);
  CHECK(r.error().message == "v0:1: 10.2.0.1 is already the address of v0");
  CHECK((w.flags(2) & IFF_UP) == 0);
}

TEST_CASE("auto-revarp: settings from the defaults file, an unknown interface, an up link left up") {
  World w;
  char path[] = "/tmp/rarp_defaultsXXXXXX";
  int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  close(fd);
  std::ofstream(path) << "# comment\nRARP_RETRIES=1\nRARP_TIMEOUT=2\n";
  w.rarp_defaults = path;
  CHECK_FALSE(w.run({"v1", "auto-revarp"}));
  unlink(path);
  CHECK(w.client.got.retries == 1);
  CHECK(w.client.got.timeout_ms == 2000);
  CHECK((w.flags(3) & IFF_UP) != 0);  // it was up: failure leaves it up

  auto missing = w.run({"v9", "auto-revarp"});
  REQUIRE_FALSE(missing);
  CHECK(missing.error().message == "v9: no such interface");
}

TEST_CASE("-adD4 auto-revarp asks on every down Ethernet interface, each on its own") {
  World w;
  w.k.links_.push_back(ether_link(4, "v2", IFF_BROADCAST | IFF_MULTICAST));
  w.client.replies.emplace("v2", ip("10.2.0.9"));
  auto r = w.run({"-adD4", "auto-revarp", "netmask", "+", "broadcast", "+", "up"});
  REQUIRE_FALSE(r);
  CHECK(r.error().message == "v0: no RARP reply");
  // v1 is up and lo is no Ethernet: not asked
  REQUIRE(w.client.asked.size() == 2);
  CHECK(w.client.asked[0].name == "v0");
  CHECK(w.client.asked[1].name == "v2");
  // v0's failure left it down; v2 was configured all the same
  CHECK((w.flags(2) & IFF_UP) == 0);
  CHECK((w.flags(4) & IFF_UP) != 0);
  REQUIRE(w.k.addrs_.size() == 2);
  const Addr& a = w.k.addrs_[0];
  CHECK(a.label == "v2");
  CHECK(a.local == ip("10.2.0.9"));
  CHECK(a.prefixlen == 8);

  w.client.replies.emplace("v0", ip("10.0.0.5"));
  REQUIRE(w.run({"-adD4", "auto-revarp", "up"}));
  CHECK(w.client.asked.size() == 3);  // only v0 was still down
  CHECK((w.flags(2) & IFF_UP) != 0);
}

}  // namespace src_ifconfig_revarp_test
