#include "src/ifconfig/route_keeper.h"

#include <errno.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <sys/socket.h>

#include <doctest/doctest.h>

#include "lib/common/doctest_strings.h"
#include "lib/common/fake_names.h"
#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/present.h"
#include "lib/ifconfig/request.h"
#include "src/common/fake_kernel.h"
#include "src/common/fake_route_kernel.h"
#include "src/common/fake_sysctl.h"
#include "src/dhcp/fake_client.h"
#include "src/ifconfig/run.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_ifconfig_route_keeper_test {

// A kernel that drops routes as Linux does: a link's routes when it goes
// down, the routes through a gateway on the subnet of an address it deletes.
class DroppingKernel : public FakeKernel {
 public:
  explicit DroppingKernel(FakeRouteKernel& rk) : rk_(rk) {}
  Status set_link(const LinkChange& c) override {
    auto st = FakeKernel::set_link(c);
    if (st && (c.change & IFF_UP) && !(c.flags & IFF_UP))
      std::erase_if(rk_.routes_, [&](const Route& r) { return r.oif == c.index; });
    return st;
  }
  Status del_addr(const Addr& a) override {
    auto st = FakeKernel::del_addr(a);
    if (st)
      std::erase_if(rk_.routes_, [&](const Route& r) {
        return r.oif == a.ifindex && r.has_gateway() && network_of(r.gateway, a.prefixlen) == network_of(a.local, a.prefixlen);
      });
    return st;
  }

 private:
  FakeRouteKernel& rk_;
};

Route via(const char* dst, int len, const char* gw, uint32_t metric) {
  Route r;
  r.family = AF_INET;
  r.dst = ip(dst);
  r.dst_len = len;
  r.gateway = ip(gw);
  r.oif = 2;
  r.protocol = RTPROT_BOOT;
  r.priority = metric;
  return r;
}

struct World {
  FakeRouteKernel rk;
  DroppingKernel k{rk};
  MemoryStateStore store;
  FakeNames names;
  FakeDhcpClient dhcp{k};
  FakeSysctl sysctl{k};
  std::vector<std::string> errors;

  World() {
    k.links_.push_back(ether_link(2, "v0"));
    k.addrs_.push_back(v4(2, "10.0.0.5", 24, "v0"));
    rk.routes_ = {via("0.0.0.0", 0, "10.0.0.1", 0), via("172.20.0.0", 16, "10.0.0.2", 0),
                  via("192.0.2.7", 32, "10.0.0.3", 5)};
  }
  Status run(std::vector<std::string> argv) {
    auto line = parse_ifconfig_line(argv, false, true, names);
    REQUIRE(line);
    IfconfigEnv env{k, store, "/nonexistent/netmasks", sysctl, dhcp, nullptr, "/nonexistent/rarp", &rk};
    auto out = run_ifconfig(env, std::get<IfconfigRequest>(*line));
    if (!out) return out.error();
    errors = present_ifconfig(*out, false).errors;
    return {};
  }
  std::size_t routes() const { return rk.routes_.size(); }
};

TEST_CASE("a netmask change and an address change keep the link's static routes") {
  World w;
  REQUIRE(w.run({"v0", "netmask", "255.255.0.0"}));
  CHECK(w.routes() == 3);
  REQUIRE(w.run({"v0", "10.0.0.9", "netmask", "255.255.255.0"}));
  CHECK(w.routes() == 3);
  CHECK(w.rk.routes_.back().priority == 5u);
  CHECK(w.errors.empty());
}

TEST_CASE("down holds the routes in the store, up returns them") {
  World w;
  REQUIRE(w.run({"v0", "down"}));
  CHECK(w.routes() == 0);
  REQUIRE(w.store.doc.links.size() == 1);
  CHECK(w.store.doc.links[0].routes.size() == 3);
  REQUIRE(w.run({"v0", "up"}));
  CHECK(w.routes() == 3);
  // kept as returned, for a script that adds them again (src/route/ops.cc)
  REQUIRE(w.store.doc.links.size() == 1);
  CHECK(w.store.doc.links[0].routes.empty());
  CHECK(w.store.doc.links[0].returned.size() == 3);
}

TEST_CASE("a route whose gateway is on no subnet any more is gone, one line each") {
  World w;
  REQUIRE(w.run({"v0", "10.1.0.5", "netmask", "255.255.255.0"}));
  CHECK(w.routes() == 0);
  CHECK(w.errors == std::vector<std::string>{
                        "v0: net default: gateway 10.0.0.1: deleted: gateway not on any subnet of the interface",
                        "v0: net 172.20.0.0/16: gateway 10.0.0.2: deleted: gateway not on any subnet of the interface",
                        "v0: host 192.0.2.7: gateway 10.0.0.3: deleted: gateway not on any subnet of the interface",
                    });
  CHECK(w.store.doc.links.empty());
}

TEST_CASE("a refusal half-way undoes the change and puts the routes back") {
  World w;
  w.k.fail_write = 1;  // the add after the delete
  CHECK_FALSE(w.run({"v0", "netmask", "255.255.0.0"}));
  CHECK(w.k.addrs_.size() == 1);
  CHECK(w.k.addrs_[0].prefixlen == 24);
  CHECK(w.routes() == 3);
}

TEST_CASE("the kernel's, a DHCP client's and a multipath route are not ours to put back") {
  World w;
  Route dhcp = via("198.51.100.0", 24, "10.0.0.4", 1002);
  dhcp.protocol = 16;
  w.rk.routes_ = {dhcp};
  REQUIRE(w.run({"v0", "down"}));
  REQUIRE(w.run({"v0", "up"}));
  CHECK(w.routes() == 0);
  CHECK(w.errors.empty());
}

}  // namespace src_ifconfig_route_keeper_test
