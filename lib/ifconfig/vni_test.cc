#include "lib/ifconfig/vni.h"

#include <doctest/doctest.h>

#include "lib/common/fake_names.h"
#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_vni_test {

namespace {

Link vni_link(std::string name, std::string kind) {
  Link l = ether_link(4, std::move(name), IFF_UP | IFF_BROADCAST | IFF_NOARP | IFF_RUNNING);
  l.kind = std::move(kind);
  return l;
}

IfCommand parse(std::vector<std::string> words) {
  FakeNames names;
  auto c = parse_ifconfig_command(words, 0, names);
  REQUIRE(c);
  return *c;
}

}  // namespace

TEST_CASE("vni names: vni and a decimal unit") {
  CHECK(is_vni_name("vni0"));
  CHECK(is_vni_name("vni42"));
  CHECK_FALSE(is_vni_name("vni"));
  CHECK_FALSE(is_vni_name("vni01"));
  CHECK_FALSE(is_vni_name("vnix"));
  CHECK_FALSE(is_vni_name("vni0a"));
  CHECK_FALSE(is_vni_name("xvni0"));
  CHECK_FALSE(is_vni_name("vni123456789012345"));
}

TEST_CASE("a vni is its name and a software-only kind; dummy is tried before ifb") {
  CHECK(is_vni(vni_link("vni0", "dummy")));
  CHECK(is_vni(vni_link("vni3", "ifb")));
  CHECK_FALSE(is_vni(vni_link("vni0", "veth")));
  CHECK_FALSE(is_vni(vni_link("ifb0", "ifb")));
  REQUIRE(vni_kinds().size() == 2);
  CHECK(vni_kinds()[0] == "dummy");
  CHECK(vni_kinds()[1] == "ifb");
}

TEST_CASE("a vni shows neither broadcast nor multicast; other links are left alone") {
  Link v = vni_link("vni0", "ifb");
  v.flags |= IFF_MULTICAST;
  CHECK(vni_view(v).flags == (IFF_UP | IFF_NOARP | IFF_RUNNING));
  Link veth = vni_link("vni0", "veth");
  CHECK(vni_view(veth).flags == veth.flags);
}

TEST_CASE("plumbing a new vni: its physical name and plumb among the words") {
  CHECK(plumbs_new_vni({"vni0", std::nullopt}, parse({"plumb"})));
  CHECK(plumbs_new_vni({"vni0", std::nullopt}, parse({"plumb", "10.0.0.1", "up"})));
  CHECK_FALSE(plumbs_new_vni({"vni0", 1u}, parse({"plumb"})));
  CHECK_FALSE(plumbs_new_vni({"vni0", std::nullopt}, parse({"up"})));
  CHECK_FALSE(plumbs_new_vni({"eth0", std::nullopt}, parse({"plumb"})));
}

TEST_CASE("unplumbing IPv4 from a vni removes the link; from other links it does not") {
  LinkConf cur = build_link_conf(vni_link("vni0", "ifb"), {}, nullptr);
  LinkConf want = cur;
  want.inet_unplumbed = true;
  CHECK(unplumbs_vni(cur, want));
  CHECK_FALSE(unplumbs_vni(cur, cur));
  LinkConf other = build_link_conf(ether_link(2, "v0"), {}, nullptr);
  LinkConf gone = other;
  gone.inet_unplumbed = true;
  CHECK_FALSE(unplumbs_vni(other, gone));
}

}  // namespace lib_ifconfig_vni_test
