#include <doctest/doctest.h>

#include <functional>

#include "lib/common/doctest_strings.h"
#include "lib/common/fake_names.h"
#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/present.h"
#include "lib/ifconfig/request.h"
#include "src/common/fake_kernel.h"
#include "src/common/fake_sysctl.h"
#include "src/dhcp/fake_client.h"
#include "src/ifconfig/run.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_ifconfig_outside_writer_test {

// A kernel another writer (ip) changes right after ifconfig's own steps.
struct RacyKernel : FakeKernel {
  std::function<void(const Addr&)> after_add, before_del;
  Status add_addr(const Addr& a) override {
    Status st = FakeKernel::add_addr(a);
    if (st && after_add) after_add(a);
    return st;
  }
  Status del_addr(const Addr& a) override {
    if (before_del) before_del(a);
    return FakeKernel::del_addr(a);
  }
};

struct World {
  RacyKernel k;
  FakeSysctl sysctl{k};
  FakeDhcpClient dhcp{k};
  MemoryStateStore store;
  FakeNames names;

  World() {
    k.links_ = {loopback(), ether_link(2, "v0")};
    k.addrs_ = {v4(2, "10.0.0.1", 24, "v0"), secondary(v4(2, "10.0.0.2", 24, "v0:1"))};
  }
  Result<std::string> run(std::vector<std::string> argv) {
    auto line = parse_ifconfig_line(argv, false, true, names);
    if (!line) return line.error();
    const auto& req = std::get<IfconfigRequest>(*line);
    IfconfigEnv env{k, store, "/nonexistent/netmasks", sysctl, dhcp};
    auto out = run_ifconfig(env, req);
    if (!out) return out.error();
    return present_ifconfig(*out, req.args.json).out;
  }
  std::vector<std::string> labels() const {
    std::vector<std::string> out;
    for (const auto& a : k.addrs_) out.push_back(a.label + " " + a.local.str());
    return out;
  }
};

TEST_CASE("addif: a unit another writer labelled meanwhile is given back, and the next free one taken") {
  World w;
  int writes = 0;
  w.k.after_add = [&](const Addr& a) {
    // ip addr add ... label v0:2, twice: the second try's unit too
    if (a.label == "v0:" + std::to_string(2 + writes) && writes < 2) {
      ++writes;
      w.k.addrs_.push_back(secondary(v4(2, ("10.0.0." + std::to_string(100 + writes)).c_str(), 24, a.label)));
    }
  };
  auto out = w.run({"v0", "addif", "10.0.0.20/24", "up"});
  REQUIRE_MESSAGE(out, (out ? "" : out.error().message));
  CHECK(*out == "Created new logical interface v0:4\n");
  CHECK(w.labels() == std::vector<std::string>{"v0 10.0.0.1", "v0:1 10.0.0.2", "v0:2 10.0.0.101",
                                               "v0:3 10.0.0.102", "v0:4 10.0.0.20"});
}

TEST_CASE("addif gives up after three tries with nothing changed") {
  World w;
  int n = 0;
  w.k.after_add = [&](const Addr& a) {
    if (a.local == ip("10.0.0.20"))
      w.k.addrs_.push_back(secondary(v4(2, ("10.0.0." + std::to_string(100 + ++n)).c_str(), 24, a.label)));
  };
  auto out = w.run({"v0", "addif", "10.0.0.20/24", "up"});
  REQUIRE_FALSE(out);
  CHECK(out.error().message == "v0:4: taken by another writer meanwhile, each try; nothing changed");
  for (const auto& a : w.k.addrs_) CHECK(a.local != ip("10.0.0.20"));
}

TEST_CASE("IF:N 0 deletes only the address it read: relabelled meanwhile, nothing is deleted") {
  World w;
  w.k.before_del = [&](const Addr&) {
    // ip addr del 10.0.0.2/24 dev v0; ip addr add 10.0.0.2/24 dev v0 label v0:9
    w.k.addrs_[1].label = "v0:9";
  };
  auto out = w.run({"v0:1", "0"});
  REQUIRE_FALSE(out);
  CHECK(out.error().message ==
        "v0:1: cannot delete 10.0.0.2/24: changed or deleted by another writer meanwhile; nothing changed");
  CHECK(w.labels() == std::vector<std::string>{"v0 10.0.0.1", "v0:9 10.0.0.2"});
}

}  // namespace src_ifconfig_outside_writer_test
