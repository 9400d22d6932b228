// What the tables of the options each command's CLI11 layer (cmd/) takes
// before the words reach lib/ have in common: one table per command (its
// options.h), so that --help, the completions and the manual check see them
// as they see the keyword tables.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lib/common/keyword.h"

namespace solnet {

enum class CliOpt {
  json, help, version, net_tools,
  // ifconfig's net-tools short list
  short_list,
  // route's
  numeric, symbolic, verbose, extend, protocol, inet, inet6, fib, cache, flush, persistent, quiet, root, zone,
};

struct CliOption {
  KeywordInfo info;         // info.name is the long form, "--json"
  std::string_view flags;   // every spelling, as CLI11 takes it: "-j,--json"
  CliOpt id;
};

// Table rows: an option without an argument, and one with.
constexpr KeywordInfo cli_flag(std::string_view name, std::string_view help) {
  return {name, Arg::none, "", help, ArgKind::none, ""};
}
constexpr KeywordInfo cli_with_arg(std::string_view name, std::string_view arg_name, ArgKind kind,
                                   std::string_view help, std::string_view choices = "") {
  return {name, Arg::required, arg_name, help, kind, choices};
}

// "-j, --json": the spellings as --help shows them.
std::string cli_option_form(const CliOption& o);

// {"-j", "--json"}
std::vector<std::string> cli_option_spellings(const CliOption& o);

// " (did you mean --json?)" for a mistyped option, among every spelling of
// the table and `more`; "" when none is close.
std::string cli_option_hint(std::string_view word, std::span<const CliOption> table,
                            std::vector<std::string> more = {});

}  // namespace solnet
