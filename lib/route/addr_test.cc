#include "lib/route/addr.h"

#include <doctest/doctest.h>
#include <sys/socket.h>

using namespace solnet;

namespace lib_route_addr_test {

TEST_CASE("parse_u32 takes plain decimal numbers only") {
  CHECK(parse_u32("0") == 0u);
  CHECK(parse_u32("4294967295") == 4294967295u);
  CHECK_FALSE(parse_u32("4294967296"));
  CHECK_FALSE(parse_u32("5x"));
  CHECK_FALSE(parse_u32("-1"));
  CHECK_FALSE(parse_u32("+1"));
  CHECK_FALSE(parse_u32(""));
}

TEST_CASE("host_part_of_class is inet_lnaof") {
  CHECK(host_part_of_class(0x0a010203u) == 0x010203u);
  CHECK(host_part_of_class(0xac100300u) == 0x0300u);
  CHECK(host_part_of_class(0xc0a80105u) == 0x05u);
  CHECK(host_part_of_class(0xe0000001u) == 0x01u);
}

TEST_CASE("solaris_net_and_mask follows inet_makenetandmask") {
  auto nm = [](uint32_t v) { return solaris_net_and_mask(v); };
  CHECK(nm(0).prefix == 0);
  CHECK(nm(10).net.str() == "10.0.0.0");  // a networks(5) number
  CHECK(nm(10).prefix == 8);
  CHECK(nm(0xac10).net.str() == "172.16.0.0");
  CHECK(nm(0xac10).prefix == 16);
  CHECK(nm(0xc0a801).net.str() == "192.168.1.0");
  CHECK(nm(0xc0a801).prefix == 24);
  CHECK(nm(0x0a000000u).prefix == 8);
  CHECK(nm(0x0a090000u).prefix == 16);   // 10.9.0.0: /16 though class A
  CHECK(nm(0x0a010200u).prefix == 24);
  auto sub = nm(0x0a010203u);            // bits beyond class C: ask the interfaces
  CHECK(sub.prefix == 8);
  CHECK(sub.needs_subnet);
  CHECK_FALSE(nm(0x0a010200u).needs_subnet);
  CHECK(nm(0xf0000001u).prefix == 32);   // class E is a host
  CHECK_FALSE(nm(0xf0000001u).needs_subnet);
}

TEST_CASE("parse_inet_network reads network numbers as inet_network(3)") {
  CHECK(parse_inet_network("10") == 10u);
  CHECK(parse_inet_network("128.32") == 0x8020u);
  CHECK(parse_inet_network("128.32.130") == 0x802082u);
  CHECK(parse_inet_network("10.1.2.0") == 0x0a010200u);
  CHECK(parse_inet_network("0x80.040") == 0x8020u);  // hex and octal parts
  CHECK(parse_inet_network("0") == 0u);
  CHECK_FALSE(parse_inet_network(""));
  CHECK_FALSE(parse_inet_network("256"));
  CHECK_FALSE(parse_inet_network("1.2.3.4.5"));
  CHECK_FALSE(parse_inet_network("128."));
  CHECK_FALSE(parse_inet_network(".128"));
  CHECK_FALSE(parse_inet_network("08"));
  CHECK_FALSE(parse_inet_network("0x"));
  CHECK_FALSE(parse_inet_network("net"));
  CHECK_FALSE(parse_inet_network("10 "));
}

TEST_CASE("a network number read by inet_network takes its class's mask") {
  auto nm = [](std::string_view s) { return solaris_net_and_mask(*parse_inet_network(s)); };
  CHECK(nm("128.32").net.str() == "128.32.0.0");
  CHECK(nm("128.32").prefix == 16);
  CHECK(nm("10").net.str() == "10.0.0.0");
  CHECK(nm("10").prefix == 8);
  CHECK(nm("128.32.130").net.str() == "128.32.130.0");
  CHECK(nm("128.32.130").prefix == 24);
}

}  // namespace lib_route_addr_test
