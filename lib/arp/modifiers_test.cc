#include "lib/arp/modifiers.h"

#include <doctest/doctest.h>

#include "lib/arp/keywords.h"
#include "lib/arp/test_samples.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_arp_modifiers_test {

namespace {

using W = std::vector<std::string>;

}  // namespace

TEST_CASE("each keyword consumes the argument words its row declares, after -s and after -d") {
  for (bool set : {true, false}) {
    for (const auto& m : arp_modifiers()) {
      if (!(set ? m.set : m.del)) continue;
      // pub and priv are valid after both; the one after must come out as itself.
      const bool pub_row = m.info.name == "pub";
      W line{std::string(m.info.name)};
      for (auto& a : arp_sample_args(m.info)) line.push_back(a);
      line.push_back(pub_row ? "priv" : "pub");
      auto w = scan_arp_modifiers(line, set);
      REQUIRE_MESSAGE(w, m.info.name << (set ? " -s: " : " -d: ") << (w ? "" : w.error().message));
      CHECK_MESSAGE((pub_row ? w->mods.priv : w->mods.pub), m.info.name);
      if (m.info.arg == Arg::none) continue;
      auto missing = scan_arp_modifiers(W{std::string(m.info.name)}, set);
      REQUIRE_FALSE(missing);
      CHECK(missing.error().message == "no argument for " + std::string(m.info.name));
    }
  }
}

TEST_CASE("each keyword's handler records what it says") {
  auto w = scan_arp_modifiers(W{"temp", "trail", "permanent", "netmask", "0.0.0.0", "dev", "v1"}, true);
  REQUIRE(w);
  CHECK(w->mods.temp);
  CHECK(w->mods.permanent);
  CHECK(w->mods.whole_link);
  CHECK(w->mods.dev == "v1");
  CHECK(w->net_tools_only);
  CHECK_FALSE(scan_arp_modifiers(W{"pub", "temp", "trail", "permanent"}, true)->net_tools_only);
  CHECK_FALSE(scan_arp_modifiers(W{"netmask", "255.255.255.255"}, true)->mods.whole_link);
  // -s: the last of pub and priv wins; -d keeps both
  CHECK_FALSE(scan_arp_modifiers(W{"pub", "priv"}, true)->mods.pub);
  auto d = scan_arp_modifiers(W{"pub", "priv"}, false);
  CHECK(d->mods.pub);
  CHECK(d->mods.priv);
}

TEST_CASE("keywords checked whole") {
  CHECK(parse_arp_modifiers(W{"temp", "permanent"}, true).error().message ==
        "temp and permanent cannot be used together");
  CHECK(parse_arp_modifiers(W{"netmask", "0.0.0.0"}, true).error().message == "netmask 0.0.0.0 needs pub");
  CHECK(parse_arp_modifiers(W{"pub", "temp"}, true));  // the reading decides (src/arp/change.cc)
  CHECK(parse_arp_modifiers(W{"temp"}, false).error().message == "temp cannot be used with -d");
  CHECK(parse_arp_modifiers(W{"netmask", "0.0.0.0", "pub"}, false));
}

}  // namespace lib_arp_modifiers_test
