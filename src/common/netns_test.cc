#include "src/common/netns.h"

#include <sys/stat.h>

#include <doctest/doctest.h>

using namespace solnet;

namespace src_common_netns_test {

TEST_CASE("current_netns: this process's namespace, with its cookie") {
  NetnsId id = current_netns();
  struct stat st{};
  REQUIRE(stat("/proc/self/ns/net", &st) == 0);
  CHECK(id.ino == st.st_ino);
  CHECK(id.dev == st.st_dev);
  CHECK(id.cookie != 0);
  CHECK(netns_file_base(NetnsId{4, 4026531840, 1}) == "net.4.4026531840");
}

}  // namespace src_common_netns_test
