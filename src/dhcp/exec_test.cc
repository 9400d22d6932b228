#include "src/dhcp/exec.h"

#include <doctest/doctest.h>

using namespace solnet;

namespace src_dhcp_exec_test {

TEST_CASE("a client's error message is its last line of output") {
  CHECK(last_line("dhcpcd-9.4.1 starting\ndhcpcd already running on pid 7 (/run/dhcpcd/v0-4.pid)\n") ==
        "dhcpcd already running on pid 7 (/run/dhcpcd/v0-4.pid)");
  CHECK(last_line("one line") == "one line");
  CHECK(last_line("\n\n") == "");
}

TEST_CASE("run_program captures output and exit status; a missing program is a system error") {
  auto r = run_program({"/bin/sh", "-c", "echo out; echo err >&2; exit 3"});
  REQUIRE(r);
  CHECK(r->exit_status == 3);
  CHECK(r->output == "out\nerr\n");
  auto missing = run_program({"/nonexistent/dhcpcd"});
  REQUIRE_FALSE(missing);
  CHECK(missing.error().message == "/nonexistent/dhcpcd: No such file or directory");
  CHECK(missing.error().exit_code == 6);
}

}  // namespace src_dhcp_exec_test
