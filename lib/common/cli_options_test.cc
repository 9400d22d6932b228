#include "lib/common/cli_options.h"

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_common_cli_options_test {

TEST_CASE("cli_option_form spells every flag") {
  CliOption o{{"--json", Arg::none, "", "print JSON", ArgKind::none, ""}, "-j,--json", CliOpt::json};
  CHECK(cli_option_form(o) == "-j, --json");
  CHECK(cli_option_spellings(o) == std::vector<std::string>{"-j", "--json"});
}

TEST_CASE("cli_option_hint looks at every spelling, and at more") {
  constexpr CliOption table[] = {
      {cli_flag("--json", "print JSON"), "-j,--json", CliOpt::json},
      {cli_flag("--version", "print the version"), "-V,--version", CliOpt::version},
  };
  CHECK(cli_option_hint("--jsn", table) == " (did you mean --json?)");
  CHECK(cli_option_hint("--verison", table) == " (did you mean --version?)");
  CHECK(cli_option_hint("--nmueric", table, {"--numeric"}) == " (did you mean --numeric?)");
  CHECK(cli_option_hint("--zzzzzz", table).empty());
}

}  // namespace lib_common_cli_options_test
