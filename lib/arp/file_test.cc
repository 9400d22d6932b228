#include "lib/arp/file.h"

#include <doctest/doctest.h>

#include "lib/common/fake_names.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_arp_file_test {

TEST_CASE("-f lines: illumos order, ethers order, comments, blanks, bad lines") {
  FakeNames names;
  names.hosts["10.0.0.41"] = "host41";
  auto lines = parse_arp_file(
      "# a comment\n"
      "10.0.0.40 2:0:0:0:0:40 pub permanent\n"
      "02:00:00:00:00:41 host41   # ethers order\n"
      "\n"
      "   \t\n"
      "lonely\n"
      "10.0.0.43 02:00:00:00:00:43 temp\r\n"
      "10.0.0.45 02:00:00:00:00:45 bogus\n"
      "10.0.0.46 02:00:00:00:00:46\n"
      "nobody 02:00:00:00:00:47\n"
      "10.0.0.48 zz dev v0",
      {}, names);
  REQUIRE(lines.size() == 8);
  CHECK(lines[0].number == 2);
  REQUIRE(lines[0].change);
  CHECK(lines[0].change->host.word == "10.0.0.40");
  CHECK(std::get<HwAddr>(*lines[0].change->hw) == HwAddr{2, 0, 0, 0, 0, 0x40});
  CHECK(lines[0].change->pub);
  CHECK(lines[0].change->permanent);
  CHECK(lines[1].number == 3);
  CHECK(lines[1].change->host.word == "host41");
  CHECK(lines[1].change->host.addr.str() == "10.0.0.41");
  CHECK(std::get<HwAddr>(*lines[1].change->hw) == HwAddr{2, 0, 0, 0, 0, 0x41});
  CHECK(lines[2].number == 6);
  CHECK(lines[2].change.error().message == "lonely: expected HOST MAC [keywords]");
  CHECK(lines[3].number == 7);
  CHECK(lines[3].change->temp);
  CHECK(lines[4].number == 8);
  CHECK(lines[4].change.error().message == "bogus: unknown keyword");
  CHECK(lines[5].number == 9);
  CHECK(lines[5].change->host.word == "10.0.0.46");
  CHECK(lines[6].change.error().message == "nobody: unknown host");
  CHECK(lines[7].change.error().message == "zz: invalid link layer address");
  CHECK(parse_arp_file("10.0.0.46 02:00:00:00:00:46", {}, names).size() == 1);
  CHECK(parse_arp_file("", {}, names).empty());
}

TEST_CASE("-f lines read their hardware word as -H and -D say") {
  FakeNames names;
  auto devices = parse_arp_file("10.0.0.70 v0 pub\n", {std::nullopt, true}, names);
  CHECK(std::get<ArpDeviceMac>(*devices.at(0).change->hw).ifname == "v0");
  auto arcnet = parse_arp_file("10.0.0.70 0:1:2:3:4:5\n", {hwtype_by_name("arcnet"), false}, names);
  CHECK(arcnet.at(0).change.error().message == "arcnet: only ether entries can be set");
}

}  // namespace lib_arp_file_test
