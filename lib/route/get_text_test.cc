#include "lib/route/get_text.h"

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_get_text_test {

TEST_CASE("route get: the illumos block") {
  FakeNames names;
  Route r = route4("10.9.0.0", 16, "10.0.0.254");
  auto s = render_get(*parse_inet("10.9.1.1"), r, {"eth0", 1500}, true, names);
  CHECK(s ==
        "   route to: 10.9.1.1\n"
        "destination: 10.9.0.0\n"
        "       mask: 255.255.0.0\n"
        "    gateway: 10.0.0.254\n"
        "  interface: eth0\n"
        "      flags: <UP,GATEWAY,DONE,STATIC>\n"
        " recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire\n"
        "       0         0         0         0         0         0      1500         0 \n");
}

TEST_CASE("route get: source, metrics and locks") {
  FakeNames names;
  Route r = route4("0.0.0.0", 0, nullptr, 2, "eth0");
  r.prefsrc = *parse_inet("10.0.0.2");
  r.protocol = RTPROT_STATIC;
  r.metrics.mtu = 1400;
  r.metrics.hoplimit = 9;
  r.metrics.window = 4096;
  r.metrics.rtt = 240;
  r.metrics.rttvar = 40;
  r.metrics.ssthresh = 7;
  r.metrics.locks = 1u << RTAX_MTU;
  auto s = render_get(*parse_inet("10.99.0.1"), r, {"eth0:1", 1500}, true, names);
  CHECK(s ==
        "   route to: 10.99.0.1\n"
        "destination: default\n"
        "       mask: default\n"
        "     setsrc: 10.0.0.2\n"
        "  interface: eth0:1\n"
        "      flags: <UP,DONE,STATIC,SETSRC>\n"
        " recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire\n"
        "    4096         0         7        30        10         9      1400L        0 \n");
}

TEST_CASE("route get: IPv6 masks and names") {
  FakeNames names;
  names.hosts["2001:db8::99"] = "gw6";
  Route r;
  r.family = AF_INET6;
  r.dst = *parse_inet("2001:db8:1::");
  r.dst_len = 48;
  r.gateway = *parse_inet("2001:db8::99");
  r.protocol = RTPROT_KERNEL;
  r.expires = 30;
  auto s = render_get(*parse_inet("2001:db8:1::5"), r, {"", 0}, false, names);
  CHECK(s ==
        "   route to: 2001:db8:1::5\n"
        "destination: 2001:db8:1::\n"
        "       mask: ffff:ffff:ffff::\n"
        "    gateway: gw6\n"
        "      flags: <UP,GATEWAY,DONE>\n"
        " recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire\n"
        "       0         0         0         0         0         0         0        30 \n");
}

}  // namespace lib_route_get_text_test
