#include "lib/common/ifname.h"

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_common_ifname_test {

TEST_CASE("physical and logical names parse") {
  auto a = parse_ifname("eth0");
  REQUIRE(a);
  CHECK(a->phys == "eth0");
  CHECK_FALSE(a->unit);
  CHECK_FALSE(a->logical());
  auto b = parse_ifname("eth0:1");
  REQUIRE(b);
  CHECK(b->phys == "eth0");
  CHECK(*b->unit == 1);
  CHECK(b->str() == "eth0:1");
  CHECK(parse_ifname("eth0:0")->str() == "eth0:0");
  CHECK(*parse_ifname("eth0:0")->unit == 0);
  CHECK(*parse_ifname("veth-with-long:999999")->unit == 999999);
}

TEST_CASE("malformed names are refused with the reason") {
  CHECK(parse_ifname("eth0:abc").error().message == "eth0:abc: bad logical unit");
  CHECK(parse_ifname("eth0:").error().message == "eth0:: bad logical unit");
  CHECK(parse_ifname("eth0:01").error().message == "eth0:01: bad logical unit");
  CHECK(parse_ifname("eth0:-1").error().message == "eth0:-1: bad logical unit");
  CHECK(parse_ifname("eth0:1000000").error().message == "eth0:1000000: bad logical unit");
  CHECK(parse_ifname("eth0:1:2").error().message == "eth0:1:2: bad logical unit");
  CHECK(parse_ifname("abcdefghijklmnop").error().message ==
        "abcdefghijklmnop: interface name too long");
  CHECK(parse_ifname("abcdefghijklmno").ok());
  CHECK(parse_ifname("").error().message == "empty interface name");
  CHECK(parse_ifname(":1").error().message == ":1: bad interface name");
  CHECK(parse_ifname("a/b").error().message == "a/b: bad interface name");
  CHECK(parse_ifname("a b").error().message == "a b: bad interface name");
  CHECK(parse_ifname("..").error().message == "..: bad interface name");
  CHECK(parse_ifname("e\x01").error().message == "e\\x01: bad interface name");
}

TEST_CASE("kernel labels map to units") {
  CHECK(classify_label("eth0", "eth0").kind == LabelKind::physical);
  auto seven = classify_label("eth0:7", "eth0");
  CHECK(seven.kind == LabelKind::unit);
  CHECK(seven.unit == 7);
  CHECK(classify_label("eth0:0", "eth0").kind == LabelKind::unit);
  CHECK(classify_label("eth0:07", "eth0").kind == LabelKind::other);
  CHECK(classify_label("eth0:web", "eth0").kind == LabelKind::other);
  CHECK(classify_label("eth0x", "eth0").kind == LabelKind::other);
  CHECK(classify_label("eth1:1", "eth0").kind == LabelKind::other);
}

TEST_CASE("labels that do not fit IFNAMSIZ are empty") {
  CHECK(label_for_unit("eth0", 3) == "eth0:3");
  CHECK(label_for_unit("eth0", 0) == "eth0:0");
  CHECK(label_for_unit("abcdefghijkl", 99) == "abcdefghijkl:99");
  CHECK(label_for_unit("abcdefghijkl", 100).empty());
}

}  // namespace lib_common_ifname_test
