#include "lib/common/name_lookup.h"

#include <sys/socket.h>

#include <doctest/doctest.h>

#include "lib/common/fake_names.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_common_name_lookup_test {

TEST_CASE("host_addr: IPv4 numbers as getaddrinfo reads them, else the name's first address") {
  FakeNames names;
  names.hosts = {{"10.0.0.2", "peer"}, {"2001:db8::2", "peer"}, {"192.0.2.1", "multi"}};
  names.more_addrs["multi"] = {"10.0.0.5"};
  CHECK(host_addr(names, "10.0.0.7", AF_INET)->str() == "10.0.0.7");
  CHECK(host_addr(names, "10.1", AF_INET)->str() == "10.0.0.1");
  CHECK(host_addr(names, "0xa.1", AF_INET)->str() == "10.0.0.1");
  CHECK(names.lookups == 0);
  CHECK(host_addr(names, "peer", AF_INET)->str() == "10.0.0.2");
  CHECK(host_addr(names, "peer", AF_INET6)->str() == "2001:db8::2");
  CHECK(host_addr(names, "multi", AF_INET)->str() == "192.0.2.1");  // the database's order
  CHECK_FALSE(host_addr(names, "multi", AF_INET6));
  CHECK_FALSE(host_addr(names, "10.0.0.1 x", AF_INET));
  CHECK_FALSE(host_addr(names, "nobody", AF_INET));
  // numbers are IPv4 only
  CHECK_FALSE(host_addr(names, "10.1", AF_INET6));
}

TEST_CASE("network_addr widens the networks(5) number as inet_makeaddr") {
  FakeNames names;
  names.nets = {{127, "loopback"}, {0xac10, "campus"}, {0xc0a801, "lab"}};
  CHECK(network_addr(names, "loopback")->str() == "127.0.0.0");
  CHECK(network_addr(names, "campus")->str() == "172.16.0.0");
  CHECK(network_addr(names, "lab")->str() == "192.168.1.0");
  CHECK_FALSE(network_addr(names, "nowhere"));
}

}  // namespace lib_common_name_lookup_test
