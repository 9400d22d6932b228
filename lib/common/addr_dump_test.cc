#include "lib/common/addr_dump.h"

#include <sys/socket.h>

#include <doctest/doctest.h>

#include <vector>

namespace lib_common_addr_dump_test {

using solnet::Addr;
using solnet::parse_inet;

Addr addr(int ifindex, const char* local, int prefixlen, const char* label = "") {
  Addr a;
  a.family = AF_INET;
  a.ifindex = ifindex;
  a.local = *parse_inet(local);
  a.prefixlen = prefixlen;
  a.label = label;
  return a;
}

TEST_CASE("an address seen twice in one dump is a repeat, whatever its label") {
  std::vector<Addr> d = {addr(2, "10.0.0.1", 24, "v0"), addr(2, "10.0.0.2", 24, "v0:1"), addr(3, "10.0.1.1", 24)};
  CHECK_FALSE(solnet::repeats_an_address(d));
  d.push_back(addr(2, "10.0.0.2", 24, "v0:7"));
  CHECK(solnet::repeats_an_address(d));
}

TEST_CASE("what the kernel holds together is no repeat") {
  // the same address on two links, with two prefixes, or to two peers
  std::vector<Addr> d = {addr(2, "10.0.0.1", 24), addr(3, "10.0.0.1", 24), addr(2, "10.0.0.1", 16)};
  Addr p1 = addr(4, "10.8.0.1", 32), p2 = addr(4, "10.8.0.1", 32);
  p1.peer = *parse_inet("10.8.0.2");
  p2.peer = *parse_inet("10.8.0.3");
  d.push_back(p1);
  d.push_back(p2);
  CHECK_FALSE(solnet::repeats_an_address(d));
  Addr six = addr(2, "10.0.0.1", 24);
  six.family = AF_INET6;
  six.local = *parse_inet("2001:db8::1");
  d.push_back(six);
  CHECK_FALSE(solnet::repeats_an_address(d));
  d.push_back(six);
  CHECK(solnet::repeats_an_address(d));
  CHECK_FALSE(solnet::repeats_an_address({}));
}

}  // namespace lib_common_addr_dump_test
