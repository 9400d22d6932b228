#include "lib/route/table_text.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "lib/common/test_fixtures.h"
#include "lib/route/printf_text.h"

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

std::string render_inet_table(const std::vector<Route>& routes, const TableOptions& options, NameLookup& names) {
  std::string out;
  InetTableWriter w(out, options, names);
  for (const auto& r : routes) w.row(r);
  return out;
}

// The renderer InetTableWriter replaced (printf_text per row), as the
// reference for its bytes.
std::string v4_name(const InetAddr& a, uint32_t mask, bool numeric, bool host_role, NameLookup& names) {
  if (numeric) return a.str();
  const uint32_t v = a.v4();
  if (v == 0) return mask == 0 ? "default" : "0.0.0.0";
  const bool host = (v & ~mask) != 0 || host_role;
  auto name = host ? names.host_name(a) : names.net_name(v);
  return name ? *name : a.str();
}

std::string cut15(std::string s) {
  if (s.size() > 15) s.resize(15);
  return s;
}

std::string printf_row(const Route& r, const TableOptions& o, NameLookup& names) {
  const uint32_t mask = prefix_to_mask4(r.dst_len);
  const std::string dst = cut15(v4_name(r.dst, mask, o.numeric, r.is_host(), names));
  const std::string gw = cut15(v4_name(r.has_gateway() ? r.gateway : InetAddr::from_v4(0), 0xffffff00u, o.numeric, true, names));
  const std::string msk = InetAddr::from_v4(mask).str();
  const bool reject = r.type == RTN_UNREACHABLE || r.type == RTN_PROHIBIT;
  std::string flags = reject ? "!" : r.has_gateway() ? "UG" : "U";
  if (r.is_host()) flags.push_back('H');
  const std::string iface = r.ifname.empty() ? "*" : r.ifname;
  const int metric = static_cast<int>(r.metric());
  const int mss = r.metrics.advmss ? static_cast<int>(*r.metrics.advmss + 40) : 0;
  const int window = static_cast<int>(r.metrics.window.value_or(0));
  const int irtt = static_cast<int>(r.metrics.rtt.value_or(0) >> 3);
  const char* d = dst.c_str();
  const char* m = msk.c_str();
  const char* fl = flags.c_str();
  switch (o.ext & 3) {
    case 1:
      if (reject) return printf_text("%-15s -               %-15s %-5s %-6d -  %7d -\n", d, m, fl, metric, 0);
      return printf_text("%-15s %-15s %-15s %-5s %-6d %-2d %7d %s\n", d, gw.c_str(), m, fl, metric, 0, 0, iface.c_str());
    case 2:
      if (reject) return printf_text("%-15s -               %-15s %-5s     - -          - -\n", d, m, fl);
      return printf_text("%-15s %-15s %-15s %-5s %5d %-5d %6d %s\n", d, gw.c_str(), m, fl, mss, window, irtt, iface.c_str());
    case 3:
      if (reject) return printf_text("%-15s -               %-15s %-5s %-6d -  %7d -        -     -      -\n", d, m, fl, metric, 0);
      return printf_text("%-15s %-15s %-15s %-5s %-6d %-3d %6d %-6.6s   %-5d %-6d %d\n", d, gw.c_str(), m, fl, metric, 0, 0,
                         iface.c_str(), mss, window, irtt);
    default:
      return "";
  }
}

// A route with every column drawn at random, extremes included.
Route random_route(std::mt19937& rng) {
  auto pick = [&](uint32_t n) { return static_cast<uint32_t>(rng() % n); };
  const uint32_t extremes[] = {0, 1, 40, 65535, 0x7fffffffu, 0x80000000u, 0xffffffffu};
  auto value = [&] { return pick(3) ? pick(100000) : extremes[pick(7)]; };
  Route r;
  r.family = AF_INET;
  r.dst_len = static_cast<int>(pick(33));
  r.dst = network_of(InetAddr::from_v4(pick(4) ? static_cast<uint32_t>(rng()) : 0), r.dst_len);
  if (pick(2)) r.gateway = InetAddr::from_v4(static_cast<uint32_t>(rng()));
  const char* names[] = {"", "eth0", "v0", "verylongname0", "e1000"};
  r.ifname = names[pick(5)];
  const uint8_t types[] = {RTN_UNICAST, RTN_UNREACHABLE, RTN_PROHIBIT, RTN_BLACKHOLE, RTN_LOCAL};
  r.type = types[pick(5)];
  if (pick(2)) r.priority = value();
  if (pick(2)) r.metrics.advmss = value();
  if (pick(2)) r.metrics.window = value();
  if (pick(2)) r.metrics.rtt = value();
  return r;
}

}  // namespace

TEST_CASE("the rows are printf's, byte for byte, on generated routes") {
  std::mt19937 rng(17);
  FakeNames names;
  names.hosts["10.0.0.254"] = "router.example.com.long";
  names.nets[0x0a000000] = "tennet";
  for (int i = 0; i < 3000; ++i) {
    Route r = random_route(rng);
    if (i % 50 == 0) r.dst = *parse_inet("10.0.0.0"), r.dst_len = 8, r.gateway = *parse_inet("10.0.0.254");
    for (int ext = 0; ext < 4; ++ext) {
      for (bool numeric : {true, false}) {
        const TableOptions o{ext, numeric};
        std::string out;
        InetTableWriter w(out, o, names);
        const std::size_t head = out.size();
        w.row(r);
        INFO("route " << i << " ext " << ext << " numeric " << numeric);
        CHECK(out.substr(head) == printf_row(r, o, names));
      }
    }
  }
}

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

TEST_CASE("is_proc_route: the main IPv4 table without broadcast and multicast") {
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
  CHECK(is_proc_route(a));
  CHECK(is_proc_route(lt));
  CHECK_FALSE(is_proc_route(local));
  CHECK_FALSE(is_proc_route(bc));
  CHECK_FALSE(is_proc_route(mc));
  CHECK_FALSE(is_proc_route(v6));
  FakeNames names;
  const std::string s = render_inet_table({bc, a, v6}, {1, true}, names);
  CHECK(std::count(s.begin(), s.end(), '\n') == 3);
}

}  // namespace lib_route_table_text_test
