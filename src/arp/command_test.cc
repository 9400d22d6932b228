#include "src/arp/command.h"

#include <doctest/doctest.h>

#include "src/arp/test_world.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_arp_command_test {

TEST_CASE("--help prints the usage from the tables") {
  ArpWorld w;
  auto o = w.run({"--help"});
  CHECK(o.status == 0);
  CHECK(o.out.rfind("usage: arp HOST\n", 0) == 0);
}

TEST_CASE("read_text_file: the contents, or the path and the reason") {
  CHECK(read_text_file("/nonexistent/x").error().message == "/nonexistent/x: No such file or directory");
  CHECK(read_text_file("/proc/self/comm"));
}

}  // namespace src_arp_command_test
