#include "lib/common/keyword.h"

#include <doctest/doctest.h>
#include <vector>

using namespace solnet;

namespace lib_common_keyword_test {

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
  CHECK(usage_form({"hw", Arg::required, "MAC", "", ArgKind::ether, "ether", 2}) == "hw ether MAC");
  CHECK(usage_form({"hw", Arg::required, "ADDR", "", ArgKind::word, "ether ax25", 2}) == "hw ether|ax25 ADDR");
}

namespace {

bool is_up(std::string_view w) { return w == "up"; }

// What keyword_args takes after `k` from `rest`, or its error.
std::string taken(const KeywordInfo& k, std::vector<std::string> rest) {
  auto r = keyword_args(k, rest, is_up);
  if (!r) return "error: " + r.error().message;
  std::string s;
  for (const auto& w : *r) s += "[" + w + "]";
  return s;
}

}  // namespace

TEST_CASE("keyword_args takes the words the keyword declares") {
  const KeywordInfo none{"up", Arg::none, "", "", ArgKind::none, ""};
  const KeywordInfo mask{"netmask", Arg::required, "MASK", "", ArgKind::netmask, ""};
  const KeywordInfo ether{"ether", Arg::optional, "MAC", "", ArgKind::ether, ""};
  const KeywordInfo hw{"hw", Arg::required, "MAC", "", ArgKind::ether, "ether", 2};
  CHECK(taken(none, {"x", "up"}).empty());
  CHECK(taken(mask, {"up", "x"}) == "[up]");  // a required argument may look like a keyword
  CHECK(taken(mask, {"", "x"}) == "[]");
  CHECK(taken(mask, {}) == "error: no argument for netmask");
  CHECK(taken(ether, {"1:2", "up"}) == "[1:2]");
  CHECK(taken(ether, {"up", "1:2"}).empty());
  CHECK(taken(ether, {}).empty());
  CHECK(taken(hw, {"ether", "1:2", "up"}) == "[ether][1:2]");
  CHECK(taken(hw, {}) == "error: no argument for hw");
  CHECK(taken(hw, {"ether"}) == "error: no argument for hw ether");
  // a leading word that is not a choice is the keyword's to refuse
  CHECK(taken(hw, {"fddi"}) == "[fddi]");
  CHECK(taken(hw, {"fddi", "1:2"}) == "[fddi]");
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

}  // namespace lib_common_keyword_test
