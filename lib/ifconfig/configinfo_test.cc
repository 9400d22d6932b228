#include "lib/ifconfig/configinfo.h"

#include <doctest/doctest.h>

#include "lib/common/doctest_strings.h"

#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/sol_flags.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_configinfo_test {

namespace {

std::vector<std::string> lines(const Link& link, const std::vector<Addr>& addrs, const StoredLink* stored = nullptr) {
  std::vector<std::string> out;
  for (const auto& l : build_lifs(link, addrs, stored, AF_INET, {})) out.push_back(configinfo_line(l));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("one line per logical interface, the link's settings on the physical's") {
  Link link = ether_link(2, "v0", IFF_UP | IFF_BROADCAST | IFF_RUNNING | IFF_MULTICAST | IFF_NOARP | IFF_PROMISC);
  link.mtu = 9000;
  Addr alias = v4(2, "10.0.0.2", 24, "v0:1");
  alias.metric = 7;
  Addr p2p = v4(2, "10.9.0.1", 32, "v0:2", false);
  p2p.peer = *parse_inet("10.9.0.2");
  CHECK(lines(link, {v4(2, "10.0.0.1", 24, "v0"), alias, p2p, v4(2, "10.0.0.3", 24, "v0:3", false)}) ==
        V{
            "v0 inet plumb mtu 9000 10.0.0.1 netmask 0xffffff00 broadcast 10.0.0.255 -arp promisc up\n",
            "v0:1 inet plumb 10.0.0.2 netmask 0xffffff00 broadcast 10.0.0.255 metric 7 up\n",
            "v0:2 inet plumb 10.9.0.1 10.9.0.2 netmask 0xffffffff up\n",
            "v0:3 inet plumb 10.0.0.3 netmask 0xffffff00 -broadcast up\n",
        });
}

TEST_CASE("down, unaddressed and private interfaces say so") {
  Link link = ether_link(2, "v0", IFF_BROADCAST | IFF_RUNNING);
  StoredLink st{2, "v0", false, sflag::PRIVATE, 0,
                {{AF_INET, 4, false, *parse_inet("10.0.0.4"), 16, parse_inet("10.0.255.255"), std::nullopt, 0,
                  sflag::PRIVATE},
                 {AF_INET, 5, false, {}, 0, std::nullopt, std::nullopt, 0, 0},
                 {AF_INET, 6, false, {}, 0, std::nullopt, std::nullopt, 0, 0, true}}};
  // a logical interface in the kernel is up even while the link is down
  CHECK(lines(link, {v4(2, "10.0.0.2", 24, "v0:1")}, &st) ==
        V{
            "v0 inet plumb mtu 1500 private -multicast down\n",
            "v0:1 inet plumb 10.0.0.2 netmask 0xffffff00 broadcast 10.0.0.255 up\n",
            "v0:4 inet plumb 10.0.0.4 netmask 0xffff0000 broadcast 10.0.255.255 private down\n",
            "v0:5 inet plumb down\n",
            "v0:6 inet plumb up\n",
        });
}

TEST_CASE("inet6: ADDR/LEN, destination, metric, the IPv6 MTU and token on the physical's line") {
  Link link = ether_link(2, "v0", IFF_UP | IFF_BROADCAST | IFF_RUNNING | IFF_MULTICAST | IFF_NOARP | IFF_PROMISC);
  link.ipv6_mtu = 1400;
  link.ipv6_token = *parse_inet("::1:2:3:4");
  link.forwarding6 = true;
  Addr p2p = v6(2, "2001:db8::9", 128);
  p2p.peer = *parse_inet("2001:db8::a");
  p2p.metric = 5;
  Addr old = v6(2, "2001:db8::2", 64, IFA_F_PERMANENT | IFA_F_DEPRECATED);
  StoredLink st{2, "v0", false, 0, sflag::PRIVATE,
                {{AF_INET6, 3, false, *parse_inet("2001:db8::3"), 64, std::nullopt, std::nullopt, 0,
                  sflag::DEPRECATED}}};
  std::vector<std::string> out;
  for (const auto& l : build_lifs(link, {p2p, old, v6(2, "fe80::1", 64)}, &st, AF_INET6, {}))
    out.push_back(configinfo_line(l));
  // the link's own flags (-arp, promisc) are IPv4's line's
  CHECK(out == V{
                   "v0 inet6 plumb mtu 1400 fe80::1/64 token ::1:2:3:4/64 private router up\n",
                   "v0:1 inet6 plumb 2001:db8::2/64 deprecated up\n",
                   "v0:2 inet6 plumb 2001:db8::9/128 2001:db8::a metric 5 up\n",
                   "v0:3 inet6 plumb 2001:db8::3/64 deprecated down\n",
               });
}

TEST_CASE("router goes on the IPv4 physical's line") {
  Link link = ether_link(2, "v0");
  link.forwarding4 = true;
  CHECK(lines(link, {v4(2, "10.0.0.1", 24, "v0"), v4(2, "10.0.0.2", 24, "v0:1")}) ==
        V{
            "v0 inet plumb mtu 1500 10.0.0.1 netmask 0xffffff00 broadcast 10.0.0.255 router up\n",
            "v0:1 inet plumb 10.0.0.2 netmask 0xffffff00 broadcast 10.0.0.255 up\n",
        });
}

}  // namespace lib_ifconfig_configinfo_test
