#include "src/ifconfig/apply.h"

#include <linux/if_addr.h>
#include <stdlib.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include "lib/common/doctest_strings.h"

#include <fstream>
#include <sstream>

#include "lib/common/fake_names.h"
#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/present.h"
#include "lib/ifconfig/request.h"
#include "lib/ifconfig/sol_flags.h"
#include "lib/ifconfig/text.h"
#include "src/common/fake_kernel.h"
#include "src/common/fake_sysctl.h"
#include "src/dhcp/fake_client.h"
#include "src/ifconfig/run.h"
#include "src/ifconfig/show.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_ifconfig_apply_test {

namespace {

struct World {
  FakeKernel k;
  FakeSysctl sysctl{k};
  FakeDhcpClient dhcp{k};
  MemoryStateStore store;
  FakeNames names;
  std::string netmasks_path = "/nonexistent/netmasks";
  bool privileged = true;

  World() {
    k.links_ = {loopback(), ether_link(2, "v0"), ether_link(3, "v1")};
    k.addrs_ = {v4(1, "127.0.0.1", 8, "lo", false), v4(2, "10.0.0.1", 24, "v0"),
                secondary(v4(2, "10.0.0.2", 24, "v0:1")), secondary(v4(2, "10.0.0.3", 24, "v0")),
                v4(3, "172.16.0.1", 24, "v1")};
  }

  // What the command line prints: parsed, run and presented as the main
  // does.
  Result<std::string> run(std::vector<std::string> argv) {
    auto line = parse_ifconfig_line(argv, false, privileged, names);
    if (!line) return line.error();
    const auto& req = std::get<IfconfigRequest>(*line);
    IfconfigEnv env{k, store, netmasks_path, sysctl, dhcp};
    auto out = run_ifconfig(env, req);
    if (!out) return out.error();
    return present_ifconfig(*out, req.args.json).out;
  }
  std::string ok(std::vector<std::string> argv) {
    auto r = run(std::move(argv));
    REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
    return *r;
  }
  std::string err(std::vector<std::string> argv) {
    auto r = run(std::move(argv));
    REQUIRE_FALSE(r);
    return r.error().message;
  }

  const Addr* addr(const char* local) const {
    for (const auto& a : k.addrs_)
      if (a.local == ip(local)) return &a;
    return nullptr;
  }
  // The text display of a selection.
  std::string show(std::vector<std::string> argv) {
    auto args = parse_ifconfig_args(argv);
    REQUIRE(args);
    auto lifs = select_lifs(k, store, *args, dhcp);
    REQUIRE(lifs);
    return render_text(*lifs);
  }
  // "label local/len [secondary]" of a link's addresses, in kernel order.
  std::vector<std::string> kernel(int ifindex) const {
    std::vector<std::string> out;
    for (const auto& a : k.addrs_)
      if (a.ifindex == ifindex)
        out.push_back(a.label + " " + a.local.str() + "/" + std::to_string(a.prefixlen) +
                      ((a.flags & IFA_F_SECONDARY) ? " secondary" : ""));
    return out;
  }
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("setting the primary's netmask keeps every alias, labelled or not, and the primary primary") {
  for (bool promote : {false, true}) {
    World w;
    w.k.promote_secondaries = promote;
    CHECK(w.ok({"v0", "netmask", "255.255.0.0"}).empty());
    CHECK(w.kernel(2) == V{"v0 10.0.0.1/16", "v0:1 10.0.0.2/24", "v0 10.0.0.3/24 secondary"});
    CHECK(w.addr("10.0.0.1")->broadcast == ip("10.0.0.255"));  // a netmask alone keeps the broadcast
    CHECK(w.kernel(3) == V{"v1 172.16.0.1/24"});
    // and the display still numbers them the same
    auto shown = w.ok({"v0:2", "configinfo"});
    CHECK(shown == "v0:2 inet plumb 10.0.0.3 netmask 0xffffff00 broadcast 10.0.0.255 up\n");
  }
}

TEST_CASE("changing the primary's address or broadcast keeps the aliases too") {
  World w;
  w.ok({"v0", "10.0.0.9", "netmask", "+", "broadcast", "+"});
  CHECK(w.kernel(2) == V{"v0 10.0.0.9/8", "v0:1 10.0.0.2/24", "v0 10.0.0.3/24 secondary"});
  w.ok({"v0", "broadcast", "10.255.255.254"});
  CHECK(w.kernel(2) == V{"v0:1 10.0.0.2/24", "v0 10.0.0.9/8", "v0 10.0.0.3/24 secondary"});
  CHECK(w.addr("10.0.0.9")->broadcast == ip("10.255.255.254"));
}

TEST_CASE("netmask + reads the netmasks file given") {
  World w;
  char dir[] = "/tmp/apply_test.XXXXXX";
  REQUIRE(mkdtemp(dir));
  w.netmasks_path = std::string(dir) + "/netmasks";
  std::ofstream(w.netmasks_path) << "10.0.0.0 255.255.0.0\n172.16.0.0 255.255.255.128\n";
  w.ok({"-a", "netmask", "+", "broadcast", "+"});
  // the unlabelled address was changed: it now carries its unit's label
  CHECK(w.kernel(2) == V{"v0 10.0.0.1/16", "v0:1 10.0.0.2/16 secondary", "v0:2 10.0.0.3/16 secondary"});
  CHECK(w.addr("10.0.0.2")->broadcast == ip("10.0.255.255"));
  CHECK(w.kernel(3) == V{"v1 172.16.0.1/25"});
  CHECK(w.kernel(1) == V{"lo 127.0.0.1/8"});
  unlink(w.netmasks_path.c_str());
  rmdir(dir);
}

TEST_CASE("a refusal half-way undoes what was done and says what failed") {
  World w;
  w.k.fail_write = 3;  // the three deletions pass, adding the primary back fails
  CHECK(w.err({"v0", "netmask", "255.255.0.0"}) ==
        "v0: cannot add 10.0.0.1/16: Operation not permitted: refused by the test");
  CHECK(w.kernel(2) == V{"v0 10.0.0.1/24", "v0:1 10.0.0.2/24 secondary", "v0 10.0.0.3/24 secondary"});
  CHECK(w.store.writes == 0);
}

TEST_CASE("a store that cannot be written stops the command before the kernel changes") {
  // each command changes the store and the kernel
  for (const V& cmd : {V{"v0:3", "down"}, V{"v0", "addif", "10.0.0.30/24"}, V{"-a4", "unplumb"}}) {
    CAPTURE(cmd[0]);
    World w;
    w.ok({"v0", "addif", "10.0.0.20/24", "up"});
    const auto before = w.kernel(2);
    w.store.fail_writes = true;
    const int ops = w.k.writes;
    CHECK(w.err(cmd) == "state store: cannot write: No space left on device");
    CHECK(w.k.writes == ops);
    // written aside, then not put in place: the kernel change is taken back
    w.store.fail_writes = false;
    w.store.fail_commit = true;
    CHECK(w.err(cmd) == "state store: cannot write: No space left on device; the change was undone");
    CHECK(w.kernel(2) == before);
  }
}

TEST_CASE("addif: lowest free unit, announced, down in the store until up") {
  World w;
  CHECK(w.ok({"v0", "addif", "10.0.0.20/24"}) == "Created new logical interface v0:3\n");
  REQUIRE(w.store.doc.links.size() == 1);
  CHECK(w.kernel(2).size() == 3);
  CHECK(w.ok({"v0", "addif", "10.0.0.21/24", "up"}) == "Created new logical interface v0:4\n");
  CHECK(w.kernel(2).back() == "v0:4 10.0.0.21/24 secondary");
  w.ok({"v0:4", "down"});
  CHECK(w.kernel(2).size() == 3);
  w.ok({"v0:4", "up"});
  CHECK(w.kernel(2).back() == "v0:4 10.0.0.21/24 secondary");
}

TEST_CASE("IF:N 0 down deletes the logical interface from kernel and store") {
  World w;
  w.ok({"v0", "addif", "10.0.0.20/24"});
  w.ok({"v0:1", "0", "down"});
  CHECK_FALSE(w.addr("10.0.0.2"));
  w.ok({"v0:3", "0", "down"});
  for (const auto& l : w.store.doc.links)
    for (const auto& s : l.lifs) CHECK(s.unit != 3);
  w.privileged = false;
  CHECK(w.err({"v0:3", "configinfo"}) == "v0:3: no such interface");
}

TEST_CASE("a logical interface marked up before it has an address: UP at 0.0.0.0, then in the kernel") {
  World w;
  const V before = w.kernel(2);
  // busybox's ifup for "iface v0:5 inet static"
  CHECK(w.ok({"v0:5", "up"}).empty());
  CHECK(w.kernel(2) == before);
  // v0's record of unit 5 (the store also pins the unlabelled 10.0.0.3)
  auto stored5 = [&]() -> const StoredLif* {
    for (const auto& l : w.store.doc.links)
      for (const auto& s : l.lifs)
        if (s.unit == 5) return &s;
    return nullptr;
  };
  REQUIRE(stored5());
  CHECK_FALSE(stored5()->installed);
  CHECK(stored5()->up);
  CHECK(w.show({"v0:5"}) == "v0:5: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n"
                            "\tinet 0.0.0.0 netmask 0\n");
  CHECK(w.ok({"v0:5", "configinfo"}) == "v0:5 inet plumb up\n");
  // "set" does not mark it up: it already is, so the address goes in
  w.ok({"v0:5", "set", "10.0.0.5/24"});
  CHECK(w.kernel(2).back() == "v0:5 10.0.0.5/24 secondary");
  CHECK_FALSE(stored5());
  // down, and up again without an address, as ifdown then ifup run it
  w.ok({"v0:5", "down"});
  CHECK(w.kernel(2) == before);
  w.ok({"v0:5", "up"});
  CHECK(w.kernel(2).back() == "v0:5 10.0.0.5/24 secondary");
  // "0 up" keeps it up without an address
  w.ok({"v0:5", "0", "up"});
  CHECK(w.kernel(2) == before);
  REQUIRE(stored5());
  CHECK(stored5()->up);
  // the physical interface's up is the link's, with or without an address
  w.ok({"v1", "0"});
  w.ok({"v1", "up"});
  CHECK(w.kernel(3).empty());
  CHECK((w.k.links_[2].flags & IFF_UP));
}

TEST_CASE("root naming a missing logical interface allocates it") {
  World w;
  CHECK(w.ok({"v0:7"}) == "v0:7: flags=1000842<BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n"
                          "\tinet 0.0.0.0 netmask 0\n");
  REQUIRE(w.store.doc.links.size() == 1);
  CHECK(w.store.doc.links[0].lifs.back().unit == 7);
  CHECK_FALSE(w.store.doc.links[0].lifs.back().installed);
}

TEST_CASE("without CAP_NET_ADMIN changes are refused whole; display keywords work") {
  World w;
  w.privileged = false;
  CHECK(w.err({"v0", "mtu", "1400"}) == "v0: permission denied");
  CHECK(w.err({"v0", "netmsk"}) == "v0: permission denied");
  CHECK(w.err({"-a", "up"}) == "permission denied");
  CHECK(w.k.writes == 0);
  CHECK(w.store.writes == 0);
  CHECK(w.ok({"v0:1", "configinfo"}) == "v0:1 inet plumb 10.0.0.2 netmask 0xffffff00 broadcast 10.0.0.255 up\n");
  CHECK(w.err({"v0:9", "configinfo"}) == "v0:9: no such interface");
  CHECK(w.ok({"v0", "ether"}) == "v0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n"
                                 "\tether 2:42:ac:11:0:2\n");
}

TEST_CASE("bad commands change nothing") {
  World w;
  for (auto argv : {V{"v0", "10.0.0.5", "mtu", "67"}, V{"v0", "up", "ether", "1:2"}, V{"v0:1", "ether", "2:0:0:0:0:1"},
                    V{"v9", "up"}, V{"v0", "removeif", "10.9.9.9"}, V{"v0", "media", "10baseT", "up"},
                    V{"v0", "10.0.0.2"}}) {
    CAPTURE(argv[1]);
    (void)w.err(argv);
  }
  CHECK(w.k.writes == 0);
  CHECK(w.store.writes == 0);
  CHECK(w.err({"v9", "up"}) == "v9: no such interface");
  CHECK(w.err({"v0", "media", "10baseT", "up"}) ==
        "media 10baseT: not supported on this system (Linux sets link speed and duplex with ethtool)");
  CHECK(w.err({"v0", "10.0.0.2"}) == "v0: 10.0.0.2 is already the address of v0:1");
}

TEST_CASE("a kernel refusal of the link reaches the user with its text") {
  World w;
  CHECK(w.err({"v0", "mtu", "70000"}) == "v0: cannot set mtu 70000: Invalid argument: mtu greater than device maximum.");
}

TEST_CASE("one named interface costs one link request and one address dump") {
  World w;
  w.ok({"v0", "mtu", "1400", "-arp"});
  CHECK(w.k.link_gets == 1);
  CHECK(w.k.addr_dumps == 1);
  CHECK(w.k.link_dumps == 0);
  CHECK(w.k.links_[1].mtu == 1400);
  CHECK((w.k.links_[1].flags & IFF_NOARP));
}

TEST_CASE("-au applies the keywords to every up interface, logical ones included") {
  World w;
  w.ok({"v0", "addif", "10.0.0.20/24"});
  w.ok({"-au", "private"});
  const StoredLink* v0 = w.store.doc.find(2, "v0");
  REQUIRE(v0);
  CHECK(v0->flags4 == sflag::PRIVATE);
  int private_lifs = 0;
  for (const auto& s : v0->lifs) private_lifs += (s.flags & sflag::PRIVATE) != 0;
  CHECK(private_lifs == 2);  // v0:1 and v0:2, not the down v0:4
  CHECK(w.store.doc.find(1, "lo")->flags4 == sflag::PRIVATE);
}

TEST_CASE("-a configinfo prints every IPv4 logical interface") {
  World w;
  w.privileged = false;
  auto out = w.ok({"-a", "configinfo"});
  CHECK(out == "lo inet plumb mtu 65536 127.0.0.1 netmask 0xff000000 -multicast up\n"
               "v0 inet plumb mtu 1500 10.0.0.1 netmask 0xffffff00 broadcast 10.0.0.255 up\n"
               "v0:1 inet plumb 10.0.0.2 netmask 0xffffff00 broadcast 10.0.0.255 up\n"
               "v0:2 inet plumb 10.0.0.3 netmask 0xffffff00 broadcast 10.0.0.255 up\n"
               "v1 inet plumb mtu 1500 172.16.0.1 netmask 0xffffff00 broadcast 172.16.0.255 up\n");
}

TEST_CASE("-a unplumb removes IPv4 everywhere, logical interfaces with their physical ones") {
  World w;
  w.ok({"-a", "unplumb"});
  for (const auto& a : w.k.addrs_) CHECK(a.family != AF_INET);
  CHECK(w.store.doc.find(2, "v0")->inet_unplumbed);
  CHECK(w.err({"v0", "up"}) == "v0: no such interface");
  w.ok({"v0", "plumb", "10.0.0.1/24"});
  CHECK(w.kernel(2) == V{"v0 10.0.0.1/24"});
}

namespace {

// The World's links with IPv6: link-locals, and on v0 a global address
// added with ip.
struct World6 : World {
  World6() {
    for (auto& l : k.links_) l.ipv6_mtu = l.mtu;
    k.addrs_.push_back(v6(1, "::1", 128));
    k.addrs_.push_back(v6(2, "2001:db8::2", 64));
    k.addrs_.push_back(v6(2, "fe80::2", 64));
    k.addrs_.push_back(v6(3, "fe80::3", 64));
  }
  // "UNIT ADDR/LEN" of v0's IPv6 logical interfaces as ifconfig shows them.
  std::vector<std::string> units() {
    std::vector<std::string> out;
    auto args = parse_ifconfig_args({"-a6"});
    auto lifs = select_lifs(k, store, *args, dhcp);
    REQUIRE(lifs);
    for (const auto& l : *lifs)
      if (l.phys == "v0")
        out.push_back((l.unit ? std::to_string(*l.unit) : "-") + " " + (l.address ? l.address->str() : "none") + "/" +
                      std::to_string(l.prefixlen) + (l.installed ? "" : " down"));
    return out;
  }
  const Addr* addr6(const char* local) const {
    for (const auto& a : k.addrs_)
      if (a.family == AF_INET6 && a.local == ip(local)) return &a;
    return nullptr;
  }
};

}  // namespace

TEST_CASE("inet6: addresses on physical and logical interfaces, addif and removeif") {
  World6 w;
  CHECK(w.ok({"v0:3", "inet6", "2001:db8::3/64", "up"}).empty());
  CHECK(w.ok({"v0", "inet6", "addif", "2001:db8::4/64", "up"}) == "Created new logical interface v0:2\n");
  CHECK(w.ok({"v0", "inet6", "addif", "2001:db8::5/64"}) == "Created new logical interface v0:4\n");
  CHECK(w.units() == V{"- fe80::2/64", "1 2001:db8::2/64", "2 2001:db8::4/64", "3 2001:db8::3/64",
                       "4 2001:db8::5/64 down"});
  CHECK_FALSE(w.addr6("2001:db8::5"));
  w.ok({"v0", "inet6", "removeif", "2001:db8::4"});
  CHECK_FALSE(w.addr6("2001:db8::4"));
  w.ok({"v0", "inet6", "removeif", "2001:db8::5"});
  CHECK(w.units() == V{"- fe80::2/64", "1 2001:db8::2/64", "3 2001:db8::3/64"});
  // IPv4 is untouched
  const V all = w.kernel(2);
  CHECK(V(all.begin(), all.begin() + 3) == V{"v0 10.0.0.1/24", "v0:1 10.0.0.2/24 secondary", "v0 10.0.0.3/24 secondary"});
}

TEST_CASE("inet6: units of ip-added addresses are pinned by the first change and then kept") {
  World6 w;
  w.k.addrs_.insert(w.k.addrs_.begin() + 5, v6(2, "2001:db8::9", 64));  // newer than ::2
  CHECK(w.units() == V{"- fe80::2/64", "1 2001:db8::2/64", "2 2001:db8::9/64"});
  w.ok({"v0", "inet6", "mtu", "1400"});
  std::erase_if(w.k.addrs_, [](const Addr& a) { return a.local == ip("2001:db8::2"); });
  CHECK(w.units() == V{"- fe80::2/64", "2 2001:db8::9/64"});
  // a newer address takes the lowest free unit and keeps it
  w.k.addrs_.insert(w.k.addrs_.begin() + 4, v6(2, "2001:db8::a", 64));
  CHECK(w.units() == V{"- fe80::2/64", "1 2001:db8::a/64", "2 2001:db8::9/64"});
  w.ok({"v0:1", "inet6", "deprecated"});
  CHECK((w.addr6("2001:db8::a")->flags & IFA_F_DEPRECATED));
  CHECK(w.addr6("2001:db8::a")->preferred_lft == 0);
  CHECK(w.units() == V{"- fe80::2/64", "1 2001:db8::a/64", "2 2001:db8::9/64"});
}

TEST_CASE("inet6: a logical interface marked down leaves the kernel and stays in the store") {
  World6 w;
  w.ok({"v0:1", "inet6", "deprecated", "metric", "9", "down"});
  CHECK_FALSE(w.addr6("2001:db8::2"));
  CHECK(w.units() == V{"- fe80::2/64", "1 2001:db8::2/64 down"});
  CHECK(w.ok({"v0:1", "inet6", "configinfo"}) == "v0:1 inet6 plumb 2001:db8::2/64 metric 9 deprecated down\n");
  w.ok({"v0:1", "inet6", "up"});
  REQUIRE(w.addr6("2001:db8::2"));
  CHECK(w.addr6("2001:db8::2")->metric == 9);
  CHECK((w.addr6("2001:db8::2")->flags & IFA_F_DEPRECATED));
}

TEST_CASE("inet6: unplumb and plumb are disable_ipv6; the store forgets the family's interfaces") {
  World6 w;
  w.ok({"v0", "inet6", "addif", "2001:db8::5/64"});
  w.ok({"v0", "inet6", "unplumb"});
  CHECK(w.sysctl.writes.back().key == "disable_ipv6");
  CHECK(w.sysctl.writes.back().value == 1);
  CHECK(w.k.links_[1].ipv6_disabled);
  CHECK_FALSE(w.addr6("2001:db8::2"));
  CHECK(w.units().empty());
  CHECK(w.err({"v0", "inet6", "up"}) == "v0: no such interface");
  for (const auto& l : w.store.doc.links)
    for (const auto& s : l.lifs) CHECK(s.family != AF_INET6);
  // IPv4 goes on
  CHECK(w.kernel(2) == V{"v0 10.0.0.1/24", "v0:1 10.0.0.2/24 secondary", "v0 10.0.0.3/24 secondary"});
  w.ok({"v0", "inet6", "plumb"});
  CHECK_FALSE(w.k.links_[1].ipv6_disabled);
  CHECK(w.units() == V{"- fe80::2/64"});
}

TEST_CASE("inet6: router, mtu and token; a refusal half-way undoes the rest") {
  World6 w;
  w.ok({"v0", "inet6", "router", "mtu", "1400", "token", "::1:2:3:4/64"});
  CHECK(w.k.links_[1].forwarding6);
  CHECK_FALSE(w.k.links_[1].forwarding4);
  CHECK(w.k.links_[1].ipv6_mtu == 1400);
  CHECK(w.k.links_[1].mtu == 1500);
  CHECK(w.k.links_[1].ipv6_token == ip("::1:2:3:4"));
  CHECK(w.ok({"v0", "inet6", "configinfo"}) == "v0 inet6 plumb mtu 1400 fe80::2/64 token ::1:2:3:4/64 router up\n");
  w.ok({"v0", "router"});
  CHECK(w.k.links_[1].forwarding4);
  // the sysctl refuses the forwarding: the MTU set before it is put back,
  // the address never added
  w.sysctl.fail_write = static_cast<int>(w.sysctl.writes.size()) + 1;
  CHECK(w.err({"v0", "inet6", "-router", "mtu", "1300", "addif", "2001:db8::7/64", "up"}) ==
        "v0: cannot clear inet6 router: Operation not permitted: refused by the test");
  CHECK(w.k.links_[1].forwarding6);
  CHECK(w.k.links_[1].ipv6_mtu == 1400);
  CHECK_FALSE(w.addr6("2001:db8::7"));
}

TEST_CASE("a down keeps the link's IPv6 addresses, whichever family says it") {
  World6 w;
  w.ok({"v0", "down"});
  CHECK(w.k.links_[1].ipv6_keep_addrs);
  CHECK(w.addr6("2001:db8::2"));
  CHECK(w.addr6("fe80::2"));
  // the fake, as Linux, drops them when nobody asked to keep them
  w.k.links_[2].ipv6_keep_addrs = false;
  LinkChange down;
  down.index = 3;
  down.change = IFF_UP;
  CHECK(w.k.set_link(down));
  CHECK_FALSE(w.addr6("fe80::3"));
}

TEST_CASE("inet6 configinfo replayed on the same links gives the same addresses and units") {
  World6 w;
  w.ok({"v0", "inet6", "addif", "2001:db8::4/64", "deprecated", "up"});
  w.ok({"v0:5", "inet6", "2001:db8::55/64", "2001:db8::56", "metric", "3"});
  w.ok({"v0:6", "inet6", "set", "2001:db8::66/80"});
  const std::string lines = w.ok({"-a6", "configinfo"});
  CHECK(lines == "lo inet6 plumb mtu 65536 ::1/128 up\n"
                 "v0 inet6 plumb mtu 1500 fe80::2/64 up\n"
                 "v0:1 inet6 plumb 2001:db8::2/64 up\n"
                 "v0:2 inet6 plumb 2001:db8::4/64 deprecated up\n"
                 "v0:5 inet6 plumb 2001:db8::55/64 2001:db8::56 metric 3 up\n"
                 "v0:6 inet6 plumb 2001:db8::66/80 down\n"
                 "v1 inet6 plumb mtu 1500 fe80::3/64 up\n");
  World6 fresh;
  std::erase_if(fresh.k.addrs_, [](const Addr& a) { return a.family == AF_INET6 && a.ifindex == 2; });
  std::istringstream in(lines);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> argv;
    std::istringstream words(line);
    for (std::string word; words >> word;) argv.push_back(word);
    fresh.ok(argv);
  }
  CHECK(fresh.units() == w.units());
  CHECK(fresh.ok({"-a6", "configinfo"}) == lines);
}

TEST_CASE("inet6 changes need CAP_NET_ADMIN; display and configinfo do not") {
  World6 w;
  w.privileged = false;
  CHECK(w.err({"v0", "inet6", "unplumb"}) == "v0: permission denied");
  CHECK(w.err({"v0", "inet6", "token", "::1/64"}) == "v0: permission denied");
  CHECK(w.err({"v0", "inet6", "group", "g"}) == "v0: permission denied");
  CHECK(w.ok({"v0", "inet6", "configinfo"}) == "v0 inet6 plumb mtu 1500 fe80::2/64 up\n");
  CHECK(w.k.writes == 0);
  CHECK(w.sysctl.writes.empty());
  CHECK(w.store.writes == 0);
}

TEST_CASE("refused keywords change nothing, even after valid words") {
  World6 w;
  CHECK(w.err({"v0", "inet6", "mtu", "1400", "standby"}) ==
        "standby: not supported on this system (Linux has no IPMP; bonding and team work on links)");
  CHECK(w.err({"v0", "10.0.0.9", "zone", "z1"}) ==
        "zone: not supported on this system (Linux has network namespaces, which take whole links, not addresses)");
  CHECK(w.k.writes == 0);
  CHECK(w.sysctl.writes.empty());
  CHECK(w.store.writes == 0);
}

}  // namespace src_ifconfig_apply_test
