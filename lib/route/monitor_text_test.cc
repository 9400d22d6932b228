#include "lib/route/monitor_text.h"

#include <doctest/doctest.h>
#include <net/if.h>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_monitor_text_test {

TEST_CASE("monitor: a route added") {
  FakeNames names;
  MonitorEvent e;
  e.kind = MonitorEvent::Kind::route_add;
  e.len = 60;
  e.pid = 4242;
  e.seq = 7;
  e.route = route4("10.9.0.0", 16, "172.16.3.200");
  CHECK(render_monitor(e, true, names) ==
        "got message of size 60\n"
        "RTM_ADD: Add Route: len 60, pid: 4242, seq 7, errno 0, flags:<UP,GATEWAY,DONE,STATIC>\n"
        "locks:  inits: \n"
        "sockaddrs: <DST,GATEWAY,NETMASK,IFP>\n"
        " 10.9.0.0 172.16.3.200 255.255.0.0 eth0\n");
}

TEST_CASE("monitor: deletions, replacements, metrics and sources") {
  FakeNames names;
  MonitorEvent e;
  e.kind = MonitorEvent::Kind::route_change;
  e.len = 80;
  e.route = route4("0.0.0.0", 0, nullptr, 0, "");
  e.route.prefsrc = *parse_inet("10.0.0.2");
  e.route.metrics.mtu = 1400;
  e.route.metrics.locks = 1u << RTAX_MTU;
  CHECK(render_monitor(e, true, names) ==
        "got message of size 80\n"
        "RTM_CHANGE: Change Metrics or flags: len 80, pid: 0, seq 0, errno 0, flags:<UP,DONE,STATIC,SETSRC>\n"
        "locks: <mtu> inits: <mtu>\n"
        "sockaddrs: <DST,NETMASK,SRC>\n"
        " default default 10.0.0.2\n");
  e.kind = MonitorEvent::Kind::route_delete;
  CHECK(render_message(e, true, names).substr(0, 26) == "RTM_DELETE: Delete Route: ");
  e.request = true;
  CHECK(render_message(e, true, names).find("flags:<UP,STATIC,SETSRC>") != std::string::npos);
}

TEST_CASE("monitor: addresses and links") {
  FakeNames names;
  MonitorEvent a;
  a.kind = MonitorEvent::Kind::addr_add;
  a.len = 72;
  a.addr = v4(2, "10.0.0.2", 24, "eth0:1");
  a.addr_ifname = "eth0:1";
  CHECK(render_monitor(a, true, names) ==
        "got message of size 72\n"
        "RTM_NEWADDR: address being brought up on iface: len 72, metric 0, flags:<UP>\n"
        "sockaddrs: <NETMASK,IFP,IFA,BRD>\n"
        " 255.255.255.0 eth0:1 10.0.0.2 10.0.0.255\n");
  a.kind = MonitorEvent::Kind::addr_delete;
  CHECK(render_message(a, true, names).find("brought down on iface: len 72, metric 0, flags:\n") != std::string::npos);
  MonitorEvent l;
  l.kind = MonitorEvent::Kind::link;
  l.len = 1000;
  l.link = ether_link(3, "eth1");
  CHECK(render_monitor(l, true, names) ==
        "got message of size 1000\n"
        "RTM_IFINFO: iface status change: len 1000, if# 3, flags:<UP,BROADCAST,RUNNING,MULTICAST>\n"
        "sockaddrs: <IFP>\n"
        " eth1\n");
  MonitorEvent o;
  o.kind = MonitorEvent::Kind::overrun;
  CHECK(render_monitor(o, true, names) == "messages lost: the kernel's queue for this socket overflowed\n");
}

}  // namespace lib_route_monitor_text_test
