#include "src/ifconfig/journal_replay.h"

#include <linux/if_addr.h>

#include <algorithm>

#include <doctest/doctest.h>

#include "lib/common/doctest_strings.h"
#include "lib/common/test_fixtures.h"
#include "src/ifconfig/kernel_step.h"
#include "src/ifconfig/test_world.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_ifconfig_journal_replay_test {

using V = std::vector<std::string>;

// v0 with a primary, labelled and unlabelled aliases in two subnets, a
// metric, an IPv6 address; v1 with one address.
void setup(IfconfigWorld& w) {
  w.k.links_ = {loopback(), ether_link(2, "v0"), ether_link(3, "v1")};
  Addr metric = secondary(v4(2, "10.0.0.4", 24, "v0:3"));
  metric.metric = 20;
  w.k.addrs_ = {v4(1, "127.0.0.1", 8, "lo", false), v4(2, "10.0.0.1", 24, "v0"),
                secondary(v4(2, "10.0.0.2", 24, "v0:1")), secondary(v4(2, "10.0.0.3", 24, "v0")), metric,
                v4(2, "10.0.2.1", 24, "v0:4"), secondary(v4(2, "10.0.2.7", 24, "v0:5")),
                v4(3, "172.16.0.1", 24, "v1"), v6(2, "2001:db8::5", 64)};
}

// Every address in kernel order, with what the kernel tells apart.
V kernel(const IfconfigWorld& w) {
  V out;
  for (const auto& a : w.k.addrs_)
    out.push_back(std::to_string(a.ifindex) + " " + a.label + " " + a.local.str() + "/" +
                  std::to_string(a.prefixlen) + " brd " + (a.broadcast ? a.broadcast->str() : "-") + " metric " +
                  std::to_string(a.metric) + ((a.flags & IFA_F_SECONDARY) ? " secondary" : ""));
  return out;
}

// A writer killed after `cut` operations of `j`: they reached the kernel,
// nothing else did.
void killed_after(IfconfigWorld& w, const ChangeJournal& j, std::size_t cut) {
  StoreDoc scratch;
  RouteKeeper keeper(w.k, &w.rk, scratch);
  for (std::size_t i = 0; i < cut; ++i) REQUIRE(run_kernel_step(w.k, w.sysctl, keeper, j.ops[i]));
}

TEST_CASE("a change killed after any of its operations is completed by the replay, twice over") {
  const std::vector<V> commands = {
      {"v0", "netmask", "255.255.0.0"},  {"v0", "10.0.0.9", "broadcast", "+"}, {"v0", "removeif", "10.0.2.1"},
      {"-a4", "unplumb"},                {"v0:4", "netmask", "255.255.255.128"}, {"v0:1", "down"},
      {"v0", "addif", "10.0.3.3/24", "up"}, {"v0", "down"},                      {"v0", "inet6", "unplumb"},
  };
  for (const V& cmd : commands) {
    CAPTURE(cmd);
    IfconfigWorld done;
    setup(done);
    done.ok(cmd);
    REQUIRE(done.store.journal);
    const ChangeJournal& j = *done.store.journal;
    for (std::size_t cut = 0; cut <= j.ops.size(); ++cut) {
      CAPTURE(cut);
      IfconfigWorld w;
      setup(w);
      killed_after(w, j, cut);
      KernelReplayer replayer(w.k, w.sysctl, &w.rk);
      auto out = replayer.replay(j, w.store.doc);
      CHECK(out.completed);
      CHECK(out.problems == V{});
      CHECK(kernel(w) == kernel(done));
      CHECK(out.store == done.store.doc);
      // killed again while replaying: the next run replays once more
      out = replayer.replay(j, w.store.doc);
      CHECK(kernel(w) == kernel(done));
    }
  }
}

TEST_CASE("a step the kernel now refuses undoes the replayed change whole") {
  IfconfigWorld done;
  setup(done);
  done.ok({"v0", "netmask", "255.255.0.0"});
  const ChangeJournal j = *done.store.journal;
  IfconfigWorld w;
  setup(w);
  const V before = kernel(w);
  killed_after(w, j, 2);
  // the primary's re-addition is refused
  std::size_t add = 0;
  while (j.ops[add].kind != KernelOpKind::add_addr) ++add;
  w.k.fail_write = static_cast<int>(w.k.writes + add - 2);
  KernelReplayer replayer(w.k, w.sysctl, &w.rk);
  auto out = replayer.replay(j, w.store.doc);
  CHECK_FALSE(out.completed);
  REQUIRE(out.problems.size() == 1);
  CHECK(out.problems[0].find("the change was undone") != std::string::npos);
  // the same addresses; a primary added back goes after the link's others
  V now = kernel(w), want = before;
  std::sort(now.begin(), now.end());
  std::sort(want.begin(), want.end());
  CHECK(now == want);
  CHECK(out.store == w.store.doc);
}

}  // namespace src_ifconfig_journal_replay_test
