#include "lib/arp/change.h"

#include <net/if_arp.h>

#include <doctest/doctest.h>

#include "lib/common/fake_names.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_arp_change_test {

namespace {

using W = std::vector<std::string>;

Result<ArpChange> typed(W words, bool set, ArpHwRule rule = {}) {
  FakeNames names;
  names.hosts["10.0.0.2"] = "peer";
  auto w = parse_change_words(words, set);
  if (!w) return w.error();
  return resolve_change(*w, rule, names);
}

}  // namespace

TEST_CASE("-s HOST MAC keywords: the host resolved, the MAC parsed, the keywords kept") {
  auto c = typed({"peer", "2:0:0:0:0:1", "pub", "dev", "v0"}, true);
  REQUIRE(c);
  CHECK(c->host.word == "peer");
  CHECK(c->host.addr.str() == "10.0.0.2");
  CHECK(std::get<HwAddr>(*c->hw) == HwAddr{2, 0, 0, 0, 0, 1});
  CHECK(c->pub);
  CHECK(c->dev == "v0");
  auto d = typed({"10.0.0.3", "priv"}, false);
  CHECK_FALSE(d->hw);
  CHECK(d->priv);
}

TEST_CASE("the hardware word as -H and -D say") {
  const HwType ether = *hwtype_by_name("ether");
  const HwType arcnet = *hwtype_by_name("arcnet");
  CHECK(typed({"peer", "0:1:2:3:4:5"}, true, {ether, false}));
  CHECK(typed({"peer", "0:1:2:3:4:5"}, true, {arcnet, false}).error().message ==
        "arcnet: only ether entries can be set");
  CHECK(std::get<ArpDeviceMac>(*typed({"peer", "v0"}, true, {arcnet, true})->hw).ifname == "v0");
  CHECK(typed({"peer", "0:1:2:3:4"}, true).error().message == "0:1:2:3:4: invalid link layer address");
  CHECK(typed({"nobody", "zz"}, true).error().message == "nobody: unknown host");
  CHECK(typed({"peer", "zz", "temp", "permanent"}, true).error().message ==
        "temp and permanent cannot be used together");
}

}  // namespace lib_arp_change_test
