#include "lib/arp/scan.h"

#include <doctest/doctest.h>

#include "lib/arp/test_samples.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_arp_scan_test {

namespace {

using W = std::vector<std::string>;

// Every way to write an option: "-H", its aliases "-t", "--hw-type".
W spellings(const ArpOption& o) {
  W out{std::string(o.info.name)};
  for (char c : o.aliases) out.push_back(std::string("-") + c);
  if (!o.long_name.empty() && o.info.name != "--" + std::string(o.long_name))
    out.push_back("--" + std::string(o.long_name));
  return out;
}

}  // namespace

TEST_CASE("each option consumes the argument words its row declares, in every spelling") {
  for (const auto& o : arp_options()) {
    // A known option without an argument after it must come out as itself.
    const bool verbose_row = o.id == ArpOpt::verbose;
    for (const auto& spelling : spellings(o)) {
      W line{spelling};
      for (auto& a : arp_sample_args(o.info)) line.push_back(a);
      line.push_back(verbose_row ? "-n" : "-v");
      auto s = scan_arp_options(line);
      REQUIRE_MESSAGE(s, spelling << ": " << (s ? "" : s.error().message));
      CHECK_MESSAGE(s->operands.empty(), spelling);
      CHECK_MESSAGE((verbose_row ? s->numeric : s->verbose), spelling);
    }
  }
}

TEST_CASE("an option's argument may be glued; a missing one is named") {
  for (const auto& o : arp_options()) {
    if (o.info.arg == Arg::none) continue;
    const std::string arg = arp_sample_args(o.info).at(0);
    auto glued = scan_arp_options(W{std::string(o.info.name) + arg, "-v"});
    REQUIRE_MESSAGE(glued, o.info.name);
    CHECK(glued->operands.empty());
    CHECK(glued->verbose);
    auto eq = scan_arp_options(W{"--" + std::string(o.long_name) + "=" + arg});
    REQUIRE_MESSAGE(eq, o.long_name);
    CHECK(eq->operands.empty());
    auto none = scan_arp_options(W{std::string(o.info.name)});
    REQUIRE_FALSE(none);
    CHECK(none.error().message == "no argument for " + std::string(o.info.name));
  }
}

TEST_CASE("each option's handler records what it says") {
  auto s = scan_arp_options(W{"-nev", "-D", "-i", "v0", "-H", "ether", "--json", "-s", "h", "m"});
  REQUIRE(s);
  CHECK(s->numeric);
  CHECK(s->linux_table);
  CHECK(s->verbose);
  CHECK(s->use_device);
  CHECK(s->json);
  CHECK(s->device == "v0");
  CHECK(s->hwtype->name == "ether");
  CHECK(s->is(ArpOpt::set));
  CHECK(s->operands == W{"h", "m"});
  CHECK(s->only_solaris_options == false);
  CHECK(scan_arp_options(W{"-an", "--json"})->only_solaris_options);
  CHECK_FALSE(scan_arp_options(W{"--all"})->only_solaris_options);
  CHECK(scan_arp_options(W{"-h"})->help);
  // -N: accepted, nothing else (net-tools: "not yet supported"); a net-tools line
  auto n = scan_arp_options(W{"-N", "-d", "h"});
  REQUIRE(n);
  CHECK(n->is(ArpOpt::del));
  CHECK_FALSE(n->only_solaris_options);
  CHECK(scan_arp_options(W{"-s", "-s"})->is(ArpOpt::set));
  CHECK(scan_arp_options(W{"-s", "-d"}).error().message == "-s and -d cannot be used together");
}

}  // namespace lib_arp_scan_test
