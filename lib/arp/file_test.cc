#include "lib/arp/file.h"

#include <doctest/doctest.h>

using namespace solnet;

TEST_CASE("-f lines: illumos order, ethers order, comments, blanks, bad lines") {
  auto lines = parse_arp_file(
      "# a comment\n"
      "10.0.0.40 2:0:0:0:0:40 pub permanent\n"
      "02:00:00:00:00:41 host41   # ethers order\n"
      "\n"
      "   \t\n"
      "lonely\n"
      "10.0.0.43 02:00:00:00:00:43 temp\r\n"
      "10.0.0.45 02:00:00:00:00:45 bogus\n"
      "10.0.0.46 02:00:00:00:00:46");
  REQUIRE(lines.size() == 6);
  CHECK(lines[0].number == 2);
  REQUIRE(lines[0].change);
  CHECK(lines[0].change->host == "10.0.0.40");
  CHECK(lines[0].change->hw == "2:0:0:0:0:40");
  CHECK(lines[0].change->pub);
  CHECK(lines[0].change->permanent);
  CHECK(lines[1].number == 3);
  CHECK(lines[1].change->host == "host41");
  CHECK(lines[1].change->hw == "02:00:00:00:00:41");
  CHECK(lines[2].number == 6);
  CHECK(lines[2].change.error().message == "lonely: expected HOST MAC [keywords]");
  CHECK(lines[3].number == 7);
  CHECK(lines[3].change->temp);
  CHECK(lines[4].number == 8);
  CHECK(lines[4].change.error().message == "bogus: unknown keyword");
  CHECK(lines[5].number == 9);
  CHECK(lines[5].change->host == "10.0.0.46");
  CHECK(parse_arp_file("10.0.0.46 02:00:00:00:00:46").size() == 1);
  CHECK(parse_arp_file("").empty());
}
