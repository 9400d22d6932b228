#include "lib/common/inet_addr.h"

#include <arpa/inet.h>
#include <sys/socket.h>

#include <initializer_list>

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_common_inet_addr_test {

TEST_CASE("parse_inet takes dotted quads and IPv6, nothing looser") {
  auto a = parse_inet("10.0.0.5");
  REQUIRE(a);
  CHECK(a->is_v4());
  CHECK(a->v4() == 0x0a000005u);
  CHECK(a->str() == "10.0.0.5");
  CHECK(parse_inet("fe80::1")->is_v6());
  CHECK(parse_inet("fe80::1")->is_v6_link_local());
  CHECK_FALSE(parse_inet("10.1"));
  CHECK_FALSE(parse_inet("10.0.0.300"));
  CHECK_FALSE(parse_inet("10.0.0.1 "));
  CHECK_FALSE(parse_inet(""));
  CHECK_FALSE(parse_inet("10.0.0.1", AF_INET6));
  CHECK_FALSE(parse_inet("::1", AF_INET));
  CHECK_FALSE(parse_inet(std::string(100, '1')));
}

TEST_CASE("parse_inet_aton takes what inet_aton(3) takes; the exact form nothing after it, as getaddrinfo(3)") {
  struct Case {
    const char* word;
    const char* aton;   // "" when refused
    const char* exact;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"10.1.2.3", "10.1.2.3", "10.1.2.3"},
           {"10", "0.0.0.10", "0.0.0.10"},
           {"10.1", "10.0.0.1", "10.0.0.1"},
           {"0x0a020000", "10.2.0.0", "10.2.0.0"},
           {"0xa.1", "10.0.0.1", "10.0.0.1"},
           {"010.1", "8.0.0.1", "8.0.0.1"},
           {"255.255.255.255", "255.255.255.255", "255.255.255.255"},
           {"10.0.0.1 x", "10.0.0.1", ""},
           {"10.0.0.1\tx", "10.0.0.1", ""},
           {"10.0.0.1 ", "10.0.0.1", ""},
           {"10.1.", "", ""},
           {"10.300.0.0", "", ""},
           {"eth0", "", ""},
           {"", "", ""},
           {"2001:db8::1", "", ""},
           {"0x0000000000000000000000000000000000000000000000000000000000000000a000001", "", "10.0.0.1"},
       }) {
    auto str = [](std::optional<InetAddr> a) { return a ? a->str() : ""; };
    CHECK_MESSAGE(str(parse_inet_aton(c.word)) == c.aton, c.word);
    CHECK_MESSAGE(str(parse_inet_aton_exact(c.word)) == c.exact, c.word);
  }
}

TEST_CASE("parse_addr_prefix splits ADDR/LEN and checks the length") {
  auto p = parse_addr_prefix("10.1.2.3/16");
  REQUIRE(p);
  CHECK(p->addr.str() == "10.1.2.3");
  CHECK(*p->prefix == 16);
  CHECK_FALSE(parse_addr_prefix("10.1.2.3")->prefix);
  CHECK(*parse_addr_prefix("2001:db8::1/64")->prefix == 64);
  CHECK(parse_addr_prefix("10.1.2.3/33").error().message == "10.1.2.3/33: bad prefix length");
  CHECK_FALSE(parse_addr_prefix("10.1.2.3/"));
  CHECK_FALSE(parse_addr_prefix("10.1.2.3/-1"));
  CHECK_FALSE(parse_addr_prefix("2001:db8::1/129"));
  CHECK(parse_addr_prefix("nonsense/8").error().message == "nonsense/8: bad address");
}

TEST_CASE("masks convert both ways and refuse holes") {
  CHECK(prefix_to_mask4(24) == 0xffffff00u);
  CHECK(prefix_to_mask4(0) == 0);
  CHECK(prefix_to_mask4(32) == 0xffffffffu);
  CHECK(*mask4_to_prefix(0xffff0000u) == 16);
  CHECK(*mask4_to_prefix(0) == 0);
  CHECK_FALSE(mask4_to_prefix(0xff00ff00u));
  CHECK(prefix_to_mask(AF_INET6, 64).str() == "ffff:ffff:ffff:ffff::");
  CHECK(prefix_to_mask(AF_INET6, 65).str() == "ffff:ffff:ffff:ffff:8000::");
}

TEST_CASE("parse_netmask4 accepts hex, dotted and /len") {
  CHECK(*parse_netmask4("0xffffff00") == 24);
  CHECK(*parse_netmask4("0xFFFF0000") == 16);
  CHECK(*parse_netmask4("255.255.255.128") == 25);
  CHECK(*parse_netmask4("/20") == 20);
  CHECK(*parse_netmask4("0x0") == 0);
  CHECK(parse_netmask4("255.0.255.0").error().message == "255.0.255.0: non-contiguous netmask");
  CHECK(parse_netmask4("0xff00ff00").error().message == "0xff00ff00: non-contiguous netmask");
  CHECK(parse_netmask4("0x1ffffff00").error().message == "0x1ffffff00: bad netmask");
  CHECK(parse_netmask4("0xzz").error().message == "0xzz: bad netmask");
  CHECK(parse_netmask4("/33").error().message == "/33: bad netmask");
  CHECK(parse_netmask4("24").error().message == "24: bad netmask");
  CHECK_FALSE(parse_netmask4(""));
}

TEST_CASE("classful prefixes and derived addresses") {
  CHECK(classful_prefix4(0x0a000001u) == 8);
  CHECK(classful_prefix4(0xac100301u) == 16);
  CHECK(classful_prefix4(0xc0a80101u) == 24);
  CHECK(classful_prefix4(0xe0000001u) == 32);
  auto a = *parse_inet("172.16.3.10");
  CHECK(network_of(a, 24).str() == "172.16.3.0");
  CHECK(broadcast4_of(a, 24).str() == "172.16.3.255");
  CHECK(broadcast4_of(a, 32).str() == "172.16.3.10");
  CHECK(network_of(*parse_inet("2001:db8::1"), 32).str() == "2001:db8::");
  CHECK(hex_mask4(24) == "ffffff00");
  CHECK(hex_mask4(0) == "0");
  CHECK(hex_mask4(1) == "80000000");
}

TEST_CASE("net_number_addr widens a network number as inet_makeaddr(3)") {
  CHECK(net_number_addr(0).str() == "0.0.0.0");
  CHECK(net_number_addr(127).str() == "127.0.0.0");
  CHECK(net_number_addr(0xac10).str() == "172.16.0.0");
  CHECK(net_number_addr(0xffff).str() == "255.255.0.0");
  CHECK(net_number_addr(0xc0a801).str() == "192.168.1.0");
  CHECK(net_number_addr(0x0a010203u).str() == "10.1.2.3");
  CHECK(net_number_shift(0x7f) == 24);
  CHECK(net_number_shift(0x80) == 16);
  CHECK(net_number_shift(0x10000) == 8);
  CHECK(net_number_shift(0x1000000) == 0);
  for (uint32_t net : {0u, 1u, 127u, 128u, 255u, 0xffffu, 0x10000u, 0xffffffu, 0x1000000u, 0xe0000001u, 0xffffffffu}) {
    const in_addr want = inet_makeaddr(net, 0);
    CHECK(net_number_addr(net) == InetAddr::from_bytes(AF_INET, &want));
  }
}

TEST_CASE("inet_text writes what inet_ntop writes, on every octet value and generated IPv6") {
  auto ntop = [](const InetAddr& a) {
    char buf[INET6_ADDRSTRLEN];
    return std::string(inet_ntop(a.family, a.bytes.data(), buf, sizeof buf));
  };
  InetBuf buf;
  for (uint32_t o = 0; o < 256; ++o)
    for (uint32_t v : {o << 24 | o, o << 16 | (255 - o) << 8 | 7, o * 0x01010101u, (o ^ 0x5a) << 8}) {
      const InetAddr a = InetAddr::from_v4(v);
      CHECK(inet_text(a, buf) == ntop(a));
      CHECK(a.str() == ntop(a));
    }
  uint32_t seed = 17;
  for (int i = 0; i < 20000; ++i) {
    InetAddr a;
    a.family = AF_INET6;
    for (auto& b : a.bytes) {
      seed = seed * 1103515245u + 12345u;
      // zero runs of every length, so that "::" moves about
      b = (seed >> 16) % 3 ? 0 : static_cast<uint8_t>(seed >> 24);
    }
    CHECK(inet_text(a, buf) == ntop(a));
  }
  for (const char* s : {"::", "::1", "::1.2.3.4", "::ffff:1.2.3.4", "::ffff:0:1.2.3.4", "1::", "1:0:0:1::",
                        "1::1:0:0:1", "0:0:1::", "::ffff:0.0.0.0", "::0.0.0.1", "ffff::ffff:1.2.3.4", "fe80::42:acff:fe11:2",
                        "1:0:2:0:3:0:4:0", "1:2:3:4:5:6:7:8"}) {
    const InetAddr a = *parse_inet(s);
    CHECK(inet_text(a, buf) == ntop(a));
  }
  CHECK(inet_text(InetAddr{}, buf).empty());
}

}  // namespace lib_common_inet_addr_test
