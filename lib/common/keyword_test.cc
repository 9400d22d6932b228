#include "lib/common/keyword.h"

#include <doctest/doctest.h>
#include <vector>

using namespace solnet;

TEST_CASE("closest_name suggests near misses and unique prefixes") {
  std::vector<std::string_view> names{"netmask", "broadcast", "metric", "mtu", "up", "down", "plumb", "unplumb"};
  CHECK(closest_name("netmsk", names) == "netmask");
  CHECK(closest_name("braodcast", names) == "broadcast");
  CHECK(closest_name("net", names) == "netmask");
  CHECK(closest_name("plumbb", names) == "plumb");
  CHECK_FALSE(closest_name("m", names));        // ambiguous prefix, too short to guess
  CHECK_FALSE(closest_name("zzzzzz", names));
  CHECK_FALSE(closest_name("", names));
}

TEST_CASE("a swap of two neighbouring letters is one slip") {
  std::vector<std::string_view> names{"temp", "pub", "priv", "trail", "permanent", "netmask", "dev"};
  CHECK(closest_name("tmep", names) == "temp");
  CHECK(closest_name("dve", names) == "dev");
  CHECK(closest_name("pbu", names) == "pub");
  CHECK_FALSE(closest_name("xyz", names));
  CHECK(did_you_mean("tmep", names) == " (did you mean temp?)");
  CHECK(did_you_mean("zzzz", names).empty());
}

TEST_CASE("usage_form shows the argument") {
  CHECK(usage_form({"netmask", Arg::required, "MASK", "", ArgKind::netmask, ""}) == "netmask MASK");
  CHECK(usage_form({"ether", Arg::optional, "MAC", "", ArgKind::ether, ""}) == "ether [MAC]");
  CHECK(usage_form({"up", Arg::none, "", "", ArgKind::none, ""}) == "up");
}

TEST_CASE("usage_section aligns the help; a long form gets a line of its own") {
  CHECK(usage_section("keywords", {{"up", "mark up"}, {"netmask MASK", "subnet mask"}}) ==
        "keywords:\n"
        "  up            mark up\n"
        "  netmask MASK  subnet mask\n");
  std::string long_form(40, 'x');
  CHECK(usage_section("options", {{"-a", "all"}, {long_form, "long"}}) ==
        "options:\n"
        "  -a  all\n"
        "  " + long_form + "\n      long\n");
}
