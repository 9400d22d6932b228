#include "lib/ifconfig/inet_type.h"

#include <doctest/doctest.h>
#include <sys/socket.h>

using namespace solnet;

namespace lib_ifconfig_inet_type_test {

TEST_CASE("DEFAULT_IP=IP_VERSION4 makes displays IPv4 only; anything else shows both") {
  CHECK(inet_type_family("DEFAULT_IP=IP_VERSION4\n") == AF_INET);
  CHECK(inet_type_family("# inet_type(5)\n\nDEFAULT_IP=IP_VERSION4") == AF_INET);
  CHECK(inet_type_family("DEFAULT_IP=\"ip_version4\"  \n") == AF_INET);
  CHECK(inet_type_family("DEFAULT_IP=IP_VERSION6\n") == 0);
  CHECK(inet_type_family("DEFAULT_IP=BOTH\n") == 0);
  CHECK(inet_type_family("") == 0);
  CHECK(inet_type_family("#DEFAULT_IP=IP_VERSION4\n") == 0);
  CHECK(inet_type_family(" DEFAULT_IP=IP_VERSION4\n") == 0);  // defread: the name starts the line
  CHECK(inet_type_family("DEFAULT_IP=IP_VERSION6\nDEFAULT_IP=IP_VERSION4\n") == 0);  // the first counts
  CHECK(inet_type_family("DEFAULT_IP=IP_VERSION4X\n") == 0);
  CHECK(inet_type_family(std::string_view("DEFAULT_IP=IP_VERSION4\0\n", 24)) == 0);
}

}  // namespace lib_ifconfig_inet_type_test
