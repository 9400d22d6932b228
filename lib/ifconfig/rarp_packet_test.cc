#include "lib/ifconfig/rarp_packet.h"

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_ifconfig_rarp_packet_test {

static const HwAddr kMine{0x02, 0, 0, 0, 0, 0x11};

static std::vector<uint8_t> reply(const HwAddr& tha, std::vector<uint8_t> tpa, uint16_t op = 4) {
  auto p = rarp_request(tha);
  p[6] = static_cast<uint8_t>(op >> 8);
  p[7] = static_cast<uint8_t>(op);
  for (int i = 0; i < 4; ++i) p[8 + 16 + i] = tpa[i];
  return p;
}

TEST_CASE("a RARP request asks for our own hardware address") {
  auto p = rarp_request(kMine);
  REQUIRE(p.size() == 28);
  CHECK(p[0] == 0);
  CHECK(p[1] == 1);       // Ethernet
  CHECK(p[2] == 0x08);
  CHECK(p[3] == 0x00);    // IPv4
  CHECK(p[4] == 6);
  CHECK(p[5] == 4);
  CHECK(p[7] == 3);       // request reverse
  CHECK(std::vector<uint8_t>(p.begin() + 8, p.begin() + 14) == kMine);
  CHECK(std::vector<uint8_t>(p.begin() + 18, p.begin() + 24) == kMine);
}

TEST_CASE("only a reply for our address counts") {
  auto a = rarp_reply_for(reply(kMine, {10, 5, 0, 7}), kMine);
  REQUIRE(a);
  CHECK(a->str() == "10.5.0.7");
  CHECK_FALSE(rarp_reply_for(reply(HwAddr{2, 0, 0, 0, 0, 0x12}, {10, 5, 0, 8}), kMine));
  CHECK_FALSE(rarp_reply_for(reply(kMine, {10, 5, 0, 7}, 3), kMine));
  CHECK_FALSE(rarp_reply_for(reply(kMine, {0, 0, 0, 0}), kMine));
  auto shortp = reply(kMine, {10, 5, 0, 7});
  shortp.resize(20);
  CHECK_FALSE(rarp_reply_for(shortp, kMine));
}

TEST_CASE("the RARP defaults file sets retries and timeout") {
  auto d = parse_rarp_defaults("");
  CHECK(d.retries == 5);
  CHECK(d.timeout_ms == 8000);
  auto s = parse_rarp_defaults("# comment\nRARP_RETRIES=2\nRARP_TIMEOUT=1\nOTHER=9\n");
  CHECK(s.retries == 2);
  CHECK(s.timeout_ms == 1000);
  auto bad = parse_rarp_defaults("RARP_RETRIES=0\nRARP_TIMEOUT=x\nRARP_RETRIES=-3\n");
  CHECK(bad.retries == 5);
  CHECK(bad.timeout_ms == 8000);
}

}  // namespace lib_ifconfig_rarp_packet_test
