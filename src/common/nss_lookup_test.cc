#include "src/common/nss_lookup.h"

#include <sys/socket.h>

#include <doctest/doctest.h>

using namespace solnet;

namespace src_common_nss_lookup_test {

// Numbers never reach hosts(5) or DNS: the C library reads them itself, so
// these hold on any machine.
TEST_CASE("NssLookup::host_addrs: the C library reads decimal numbers, not hexadecimal ones") {
  NssLookup nss;
  auto one = [&](const char* word, int family) {
    auto all = nss.host_addrs(word, family);
    return all.size() == 1 ? all[0].str() : "(" + std::to_string(all.size()) + ")";
  };
  CHECK(one("10.0.0.1", AF_INET) == "10.0.0.1");
  CHECK(one("10.1", AF_INET) == "10.0.0.1");
  CHECK(one("010.1", AF_INET) == "8.0.0.1");
  CHECK(one("4294967295", AF_INET) == "255.255.255.255");
  CHECK(one("10.0.0.300", AF_INET) == "(0)");
  CHECK(one("2001:db8::1", AF_INET6) == "2001:db8::1");
  // an IPv6 literal asked for as IPv4 comes back as IPv6: not an answer
  CHECK(one("::1", AF_INET) == "(0)");
  CHECK(one("10.0.0.1", AF_INET6) == "(0)");
}

}  // namespace src_common_nss_lookup_test
