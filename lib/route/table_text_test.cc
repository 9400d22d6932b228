#include "lib/route/table_text.h"

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_table_text_test {

namespace {

std::vector<Route> sample() {
  Route def = route4("0.0.0.0", 0, "10.0.0.254");
  Route net = route4("10.0.0.0", 24);
  Route mss = route4("10.14.0.0", 16);
  mss.metrics.advmss = 1360;
  mss.metrics.window = 4096;
  mss.metrics.rtt = 240;
  Route rej = route4("10.15.0.0", 16, nullptr, 0, "");
  rej.type = RTN_UNREACHABLE;
  Route host = route4("10.19.0.1", 32, "10.0.0.1");
  host.priority = 4294941760u;  // net-tools prints it as an int
  return {def, net, mss, rej, host};
}

}  // namespace

TEST_CASE("route -n: net-tools' columns") {
  FakeNames names;
  auto s = render_inet_table(sample(), {1, true}, names);
  CHECK(s ==
        "Kernel IP routing table\n"
        "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n"
        "0.0.0.0         10.0.0.254      0.0.0.0         UG    0      0        0 eth0\n"
        "10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 eth0\n"
        "10.14.0.0       0.0.0.0         255.255.0.0     U     0      0        0 eth0\n"
        "10.15.0.0       -               255.255.0.0     !     0      -        0 -\n"
        "10.19.0.1       10.0.0.1        255.255.255.255 UGH   -25536 0        0 eth0\n");
  CHECK(names.reverse_lookups == 0);
}

TEST_CASE("route -e and -ee") {
  FakeNames names;
  auto e = render_inet_table(sample(), {2, true}, names);
  CHECK(e ==
        "Kernel IP routing table\n"
        "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n"
        "0.0.0.0         10.0.0.254      0.0.0.0         UG        0 0          0 eth0\n"
        "10.0.0.0        0.0.0.0         255.255.255.0   U         0 0          0 eth0\n"
        "10.14.0.0       0.0.0.0         255.255.0.0     U      1400 4096      30 eth0\n"
        "10.15.0.0       -               255.255.0.0     !         - -          - -\n"
        "10.19.0.1       10.0.0.1        255.255.255.255 UGH       0 0          0 eth0\n");
  auto ee = render_inet_table(sample(), {3, true}, names);
  CHECK(ee ==
        "Kernel IP routing table\n"
        "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt\n"
        "0.0.0.0         10.0.0.254      0.0.0.0         UG    0      0        0 eth0     0     0      0\n"
        "10.0.0.0        0.0.0.0         255.255.255.0   U     0      0        0 eth0     0     0      0\n"
        "10.14.0.0       0.0.0.0         255.255.0.0     U     0      0        0 eth0     1400  4096   30\n"
        "10.15.0.0       -               255.255.0.0     !     0      -        0 -        -     -      -\n"
        "10.19.0.1       10.0.0.1        255.255.255.255 UGH   -25536 0        0 eth0     0     0      0\n");
  // -eee: FLAG_EXT wraps to 0, and net-tools prints the title alone.
  CHECK(render_inet_table(sample(), {0, true}, names) == "Kernel IP routing table\n");
}

TEST_CASE("route resolves names as net-tools does") {
  FakeNames names;
  names.hosts["10.0.0.254"] = "router.example.com.long";
  names.hosts["10.19.0.1"] = "far";
  names.nets[0x0a000000] = "tennet";
  auto s = render_inet_table(sample(), {1, false}, names);
  CHECK(s.find("default         router.example. 0.0.0.0 ") != std::string::npos);  // names cut to 15
  CHECK(s.find("tennet          0.0.0.0         255.255.255.0") != std::string::npos);
  CHECK(s.find("far             10.0.0.1        255.255.255.255") != std::string::npos);
  CHECK(s.find("10.14.0.0       0.0.0.0") != std::string::npos);  // no name: numeric
  // 0.0.0.0 with a mask is not "default".
  auto zero = route4("0.0.0.0", 1, "10.0.0.8");
  CHECK(render_inet_table({zero}, {1, false}, names).find("\n0.0.0.0         10.0.0.8 ") != std::string::npos);
}

TEST_CASE("ext 3 cuts interface names to 6 columns; blackhole routes have no device") {
  FakeNames names;
  Route r = route4("10.0.0.0", 8, nullptr, 3, "verylongname0");
  Route bh = route4("10.51.0.0", 16, nullptr, 0, "");
  bh.type = RTN_BLACKHOLE;
  auto s = render_inet_table({r, bh}, {3, true}, names);
  CHECK(s.find(" verylo   0 ") != std::string::npos);
  auto plain = render_inet_table({r, bh}, {1, true}, names);
  CHECK(plain.find("0 verylongname0\n") != std::string::npos);
  CHECK(plain.find("10.51.0.0       0.0.0.0         255.255.0.0     U     0      0        0 *\n") != std::string::npos);
}

TEST_CASE("proc_route_rows: the main IPv4 table without broadcast and multicast") {
  Route a = route4("10.0.0.0", 8);
  Route local = a;
  local.table = RT_TABLE_LOCAL;
  Route bc = a;
  bc.type = RTN_BROADCAST;
  Route mc = a;
  mc.type = RTN_MULTICAST;
  Route v6;
  v6.family = AF_INET6;
  Route lt = a;
  lt.type = RTN_LOCAL;
  auto rows = proc_route_rows({a, local, bc, mc, v6, lt});
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].type == RTN_LOCAL);
}

}  // namespace lib_route_table_text_test
