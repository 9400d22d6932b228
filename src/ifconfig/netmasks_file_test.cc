#include "src/ifconfig/netmasks_file.h"

#include <doctest/doctest.h>
#include <stdlib.h>
#include <unistd.h>

#include <fstream>

#include "lib/common/inet_addr.h"

using namespace solnet;

namespace src_ifconfig_netmasks_file_test {

TEST_CASE("netmasks(4) is read from the file given, longest match first") {
  char dir[] = "/tmp/netmasks_test.XXXXXX";
  REQUIRE(mkdtemp(dir));
  const std::string path = std::string(dir) + "/netmasks";
  std::ofstream(path) << "# network  netmask\n10.0.0.0\t255.255.0.0\n10.99.1.0 255.255.255.192\n192.168 0xffffff00\n";
  auto t = read_netmasks_file(path);
  REQUIRE(t);
  CHECK(t->size() == 3);
  CHECK(netmask_lookup(*t, parse_inet("10.99.1.70")->v4()) == 26);
  CHECK(netmask_lookup(*t, parse_inet("10.99.2.1")->v4()) == 16);
  CHECK(netmask_lookup(*t, parse_inet("192.168.0.9")->v4()) == 24);
  CHECK(netmask_lookup(*t, parse_inet("172.16.1.1")->v4()) == 16);  // classful
  auto none = read_netmasks_file(std::string(dir) + "/missing");
  REQUIRE(none);
  CHECK(none->empty());
  CHECK_FALSE(read_netmasks_file(dir));  // a directory cannot be read
  unlink(path.c_str());
  rmdir(dir);
}

}  // namespace src_ifconfig_netmasks_file_test
