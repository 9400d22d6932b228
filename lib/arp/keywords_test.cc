#include "lib/arp/keywords.h"

#include <doctest/doctest.h>

#include "lib/arp/options.h"
#include "lib/common/cli_options.h"

using namespace solnet;

namespace lib_arp_keywords_test {

TEST_CASE("options by letter, alias and long name") {
  CHECK(arp_short_option('a')->id == ArpOpt::all);
  CHECK(arp_short_option('t')->id == ArpOpt::hwtype);
  CHECK(arp_short_option('?')->id == ArpOpt::help);
  CHECK(arp_short_option('x') == nullptr);
  CHECK(arp_long_option("numeric")->id == ArpOpt::numeric);
  CHECK(arp_long_option("num")->id == ArpOpt::numeric);
  CHECK(arp_long_option("use")->id == ArpOpt::use_device);
  CHECK(arp_long_option("h") == nullptr);  // help or hw-type
  CHECK(arp_long_option("json")->id == ArpOpt::json);
}

TEST_CASE("keywords: exact names, then illumos prefixes") {
  CHECK(arp_modifier("pub")->info.name == "pub");
  CHECK(arp_modifier("publish")->info.name == "pub");
  CHECK(arp_modifier("trailers")->info.name == "trail");
  CHECK(arp_modifier("permanent")->info.name == "permanent");
  CHECK(arp_modifier("permanently") == nullptr);
  CHECK(arp_modifier("privately") == nullptr);  // net-tools compares whole words
  CHECK(arp_modifier_hint("netmsk") == " (did you mean netmask?)");
  CHECK(arp_modifier_hint("zzzzzz") == "");
}

TEST_CASE("usage lists every option and keyword of the tables") {
  auto u = arp_usage();
  for (const auto& o : arp_options())
    if (o.id != ArpOpt::json) CHECK(u.find(std::string(o.info.help)) != std::string::npos);
  // CLI11's options (cmd/arp.cc), --json among them.
  for (const auto& o : arp_cli_options()) CHECK(u.find("  " + cli_option_form(o) + " ") != std::string::npos);
  for (const auto& m : arp_modifiers()) CHECK(u.find(std::string(m.info.help)) != std::string::npos);
  CHECK(u.find("  -H HW, -t, --hw-type") != std::string::npos);
  CHECK(u.find("  netmask NM") != std::string::npos);
}

}  // namespace lib_arp_keywords_test
