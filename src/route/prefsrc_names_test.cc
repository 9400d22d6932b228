#include "src/route/prefsrc_names.h"

#include <doctest/doctest.h>

#include "src/route/interfaces.h"
#include "src/route/test_world.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_route_prefsrc_names_test {

void same_as_route_interfaces(RouteWorld& w) {
  auto links = w.kernel.links();
  REQUIRE(links);
  PrefsrcNames names(w.kernel, w.store, *links);
  auto ifs = RouteInterfaces::read(w.kernel, w.store, 0);
  REQUIRE(ifs);
  for (const auto& a : w.kernel.addrs_) {
    INFO(a.local.str());
    const std::string* got = names.name(a.ifindex, a.local);
    auto want = ifs->lif_name(a.ifindex, a.local);
    REQUIRE(bool(got) == bool(want));
    if (got) CHECK(*got == *want);
  }
  CHECK_FALSE(names.error());
}

TEST_CASE("preferred sources are named as ifconfig names their addresses") {
  RouteWorld w;
  same_as_route_interfaces(w);
  PrefsrcNames names(w.kernel, w.store, w.kernel.links_);
  CHECK(*names.name(2, *parse_inet("172.16.3.20")) == "eth0:1");
  CHECK_FALSE(names.name(2, *parse_inet("10.9.9.9")));
  CHECK_FALSE(names.name(42, *parse_inet("172.16.3.1")));
}

TEST_CASE("a link the state store has a record of keeps the store's units") {
  RouteWorld w;
  StoredLink& eth0 = w.store.doc.get(2, "eth0");
  eth0.lifs.push_back(installed_record(AF_INET6, 7, *parse_inet("2001:db8::1"), 0));
  same_as_route_interfaces(w);
  PrefsrcNames names(w.kernel, w.store, w.kernel.links_);
  CHECK(*names.name(2, *parse_inet("2001:db8::1")) == "eth0:7");
}

}  // namespace src_route_prefsrc_names_test
