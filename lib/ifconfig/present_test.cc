#include "lib/ifconfig/present.h"

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"
#include "lib/ifconfig/configinfo.h"
#include "lib/ifconfig/json.h"
#include "lib/ifconfig/text.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_present_test {

namespace {

std::vector<Lif> lifs_of_eth0() {
  auto link = ether_link(2, "eth0");
  link.has_inet6 = false;
  return build_lifs(link, {v4(2, "10.0.0.5", 24, "eth0"), v4(2, "10.0.0.6", 24, "eth0:1")}, nullptr, 0, {});
}

}  // namespace

TEST_CASE("a display is the stanzas, or the JSON document, even of nothing") {
  const auto lifs = lifs_of_eth0();
  CHECK(present_ifconfig({.shown = lifs}, false).out == render_text(lifs));
  CHECK(present_ifconfig({.shown = lifs}, true).out == render_json(lifs));
  CHECK(present_ifconfig({.shown = std::vector<Lif>{}}, true).out == render_json({}));
  CHECK(present_ifconfig({.shown = std::vector<Lif>{}}, false).out.empty());
  CHECK(present_ifconfig({.shown = lifs}, false).status == 0);
}

TEST_CASE("a change prints, run by run, what it created, its configinfo lines and the addresses asked for") {
  const auto lifs = lifs_of_eth0();
  Lif user = lifs[1];
  user.usesrc = "vni0";
  const ConfigureResult one{.created = {"eth0:1"}, .configinfo = {user, lifs[0]}, .ether = {lifs[0]}};
  // replayed in order, the usesrc line needs its source made first: last
  CHECK(present_ifconfig({.runs = {one}}, false).out == "Created new logical interface eth0:1\n" +
                                                          configinfo_line(lifs[0]) + configinfo_line(user) +
                                                          render_ether_text(lifs[0]));
  CHECK(present_ifconfig({.runs = {one}}, true).out == "Created new logical interface eth0:1\n" +
                                                         configinfo_line(lifs[0]) + configinfo_line(user) +
                                                         render_json({lifs[0]}));
  const ConfigureResult two{.created = {"eth0:2"}};
  CHECK(present_ifconfig({.runs = {one, two}}, false).out ==
        present_ifconfig({.runs = {one}}, false).out + "Created new logical interface eth0:2\n");
  CHECK(present_ifconfig({.runs = {two}}, true).out == "Created new logical interface eth0:2\n");
  CHECK(present_ifconfig({}, false).out.empty());
}

}  // namespace lib_ifconfig_present_test
