#include "lib/ifconfig/text.h"

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_text_test {

TEST_CASE("stanzas read like illumos") {
  auto link = ether_link(2, "eth0");
  auto a = v4(2, "10.0.0.5", 24, "eth0");
  auto b = v4(2, "10.0.0.6", 16, "eth0:1");
  b.metric = 3;
  auto lifs = build_lifs(link, {a, b, v6(2, "fe80::42:acff:fe11:2", 64)}, nullptr, 0, {});
  CHECK(render_text(lifs) ==
        "eth0: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 2\n"
        "\tinet 10.0.0.5 netmask ffffff00 broadcast 10.0.0.255\n"
        "\tether 2:42:ac:11:0:2\n"
        "eth0:1: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> metric 3 mtu 1500 index 2\n"
        "\tinet 10.0.0.6 netmask ffff0000 broadcast 10.0.255.255\n"
        "eth0: flags=2000841<UP,RUNNING,MULTICAST,IPv6> mtu 1500 index 2\n"
        "\tinet6 fe80::42:acff:fe11:2/64\n"
        "\tether 2:42:ac:11:0:2\n");
}

TEST_CASE("unaddressed, point-to-point and loopback stanzas") {
  auto link = ether_link(4, "a-very-long-nam");
  link.has_inet6 = false;
  auto p = v4(4, "10.9.0.1", 32, "a-very-long-nam:7", false);
  p.peer = *parse_inet("10.9.0.2");
  CHECK(render_text(build_lifs(link, {p}, nullptr, 0, {})) ==
        "a-very-long-nam: flags=1000843<UP,BROADCAST,RUNNING,MULTICAST,IPv4> mtu 1500 index 4\n"
        "\tinet 0.0.0.0 netmask 0\n"
        "\tether 2:42:ac:11:0:4\n"
        "a-very-long-nam:7: flags=1000853<UP,BROADCAST,POINTOPOINT,RUNNING,MULTICAST,IPv4> mtu 1500 index 4\n"
        "\tinet 10.9.0.1 --> 10.9.0.2 netmask ffffffff\n");
  auto lo = loopback();
  lo.has_inet6 = false;
  CHECK(render_text(build_lifs(lo, {v4(1, "127.0.0.1", 8, "lo", false)}, nullptr, 0, {})) ==
        "lo: flags=2001000049<UP,LOOPBACK,RUNNING,IPv4,VIRTUAL> mtu 65536 index 1\n"
        "\tinet 127.0.0.1 netmask ff000000\n");
}

}  // namespace lib_ifconfig_text_test
