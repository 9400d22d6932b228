#include "src/common/sysctl.h"

#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

namespace src_common_sysctl_test {

namespace {

std::string slurp(const std::string& path) {
  std::ostringstream s;
  s << std::ifstream(path).rdbuf();
  return s.str();
}

}  // namespace

using namespace solnet;

TEST_CASE("ProcSysctl writes conf/IF/KEY of the family's tree") {
  char dir[] = "/tmp/sysctl_test.XXXXXX";
  REQUIRE(mkdtemp(dir));
  const std::string root = dir;
  for (auto d : {"/ipv4", "/ipv4/conf", "/ipv4/conf/v0", "/ipv6", "/ipv6/conf", "/ipv6/conf/v0"})
    REQUIRE(mkdir((root + d).c_str(), 0755) == 0);
  for (auto f : {"/ipv4/conf/v0/forwarding", "/ipv6/conf/v0/mtu"}) std::ofstream(root + f) << "0\n";
  ProcSysctl sysctl(root);
  CHECK(sysctl.set_conf({AF_INET6, "v0", "mtu", 1400}));
  CHECK(slurp(root + "/ipv6/conf/v0/mtu") == "1400\n");
  CHECK(sysctl.set_conf({AF_INET, "v0", "forwarding", 1}));
  CHECK(slurp(root + "/ipv4/conf/v0/forwarding") == "1\n");
  // no such link, no such key: the system's message
  CHECK(sysctl.set_conf({AF_INET6, "v9", "mtu", 1400}).error().message == "No such file or directory");
  CHECK(sysctl.set_conf({AF_INET, "v0", "mtu", 1400}).error().message == "No such file or directory");
  for (auto f : {"/ipv4/conf/v0/forwarding", "/ipv6/conf/v0/mtu"}) unlink((root + f).c_str());
  for (auto d : {"/ipv6/conf/v0", "/ipv6/conf", "/ipv6", "/ipv4/conf/v0", "/ipv4/conf", "/ipv4", ""})
    rmdir((root + d).c_str());
}

}  // namespace src_common_sysctl_test
