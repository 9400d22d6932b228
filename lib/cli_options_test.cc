#include "cli_options.h"

#include <doctest/doctest.h>

using namespace solnet;

TEST_CASE("every command takes --json and --version; each option has help and its long form") {
  for (auto table : {ifconfig_cli_options(), arp_cli_options(), route_cli_options()}) {
    bool json = false, version = false;
    for (const auto& o : table) {
      json = json || o.id == CliOpt::json;
      version = version || o.id == CliOpt::version;
      CHECK_MESSAGE(!o.info.help.empty(), o.info.name);
      CHECK_MESSAGE(std::string_view(o.flags).find(o.info.name) != std::string_view::npos, o.info.name);
    }
    CHECK(json);
    CHECK(version);
  }
}

TEST_CASE("cli_option_form spells every flag") {
  CliOption o{{"--json", Arg::none, "", "print JSON", ArgKind::none, ""}, "-j,--json", CliOpt::json};
  CHECK(cli_option_form(o) == "-j, --json");
  CHECK(cli_option_spellings(o) == std::vector<std::string>{"-j", "--json"});
}

TEST_CASE("cli_option_hint looks at every spelling, and at more") {
  CHECK(cli_option_hint("--jsn", ifconfig_cli_options()) == " (did you mean --json?)");
  CHECK(cli_option_hint("--verison", route_cli_options()) == " (did you mean --version?)");
  CHECK(cli_option_hint("--nmueric", arp_cli_options(), {"--numeric"}) == " (did you mean --numeric?)");
  CHECK(cli_option_hint("--zzzzzz", ifconfig_cli_options()).empty());
}
