#include "lib/common/addr_dump.h"

#include <doctest/doctest.h>

#include <vector>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_common_addr_dump_test {

TEST_CASE("an address seen twice in one dump is a repeat, whatever its label") {
  std::vector<Addr> d = {v4(2, "10.0.0.1", 24, "v0"), v4(2, "10.0.0.2", 24, "v0:1"), v4(3, "10.0.1.1", 24, "v1")};
  CHECK_FALSE(repeats_an_address(d));
  d.push_back(v4(2, "10.0.0.2", 24, "v0:7"));
  CHECK(repeats_an_address(d));
}

TEST_CASE("what the kernel holds together is no repeat") {
  // the same address on two links, with two prefixes, or to two peers
  std::vector<Addr> d = {v4(2, "10.0.0.1", 24, "v0"), v4(3, "10.0.0.1", 24, "v1"), v4(2, "10.0.0.1", 16, "v0")};
  Addr p1 = v4(4, "10.8.0.1", 32, "tun0", false), p2 = p1;
  p1.peer = ip("10.8.0.2");
  p2.peer = ip("10.8.0.3");
  d.push_back(p1);
  d.push_back(p2);
  d.push_back(v6(2, "2001:db8::1", 64));
  CHECK_FALSE(repeats_an_address(d));
  d.push_back(v6(2, "2001:db8::1", 64));
  CHECK(repeats_an_address(d));
  CHECK_FALSE(repeats_an_address({}));
}

TEST_CASE("repeats_an_address finds the one repeat among many, wherever it is") {
  std::vector<Addr> d;
  for (int i = 0; i < 3000; ++i)
    d.push_back(i % 3 ? v4(2 + i % 5, ("10." + std::to_string(i % 7) + "." + std::to_string(i / 256) + "." + std::to_string(i % 256)).c_str(), 24, "v")
                      : v6(2, ("2001:db8::" + std::to_string(i)).c_str(), 64));
  CHECK_FALSE(repeats_an_address(d));
  for (std::size_t at : {std::size_t{0}, std::size_t{1234}, d.size() - 1}) {
    auto r = d;
    r.insert(r.begin() + static_cast<long>(at / 2), d[at]);
    CHECK(repeats_an_address(r));
  }
}

}  // namespace lib_common_addr_dump_test
