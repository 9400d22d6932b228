// What every command's keyword table entry has in common: the single source
// for parsing, usage text, "did you mean", completions and the manual's
// keyword check. Each command's table embeds a KeywordInfo per entry.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace solnet {

enum class Arg { none, required, optional };

// What a keyword's argument is, for completions.
enum class ArgKind { none, word, number, address, netmask, interface, ether, host, file, choice };

struct KeywordInfo {
  std::string_view name;
  Arg arg = Arg::none;
  std::string_view arg_name;  // "MASK", "N", ... for usage text
  std::string_view help;      // one line
  ArgKind kind = ArgKind::none;
  std::string_view choices;   // space-separated values when kind is choice
};

// The closest name to `word` (edit distance at most 2, or a unique prefix),
// for "did you mean".
std::optional<std::string_view> closest_name(std::string_view word, std::span<const std::string_view> names);

// " (did you mean NAME?)" for the closest name, or "": the tail of an
// "unknown keyword" or "unknown option" message.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> names);

// "name ARG" or "name [ARG]" as usage text shows a keyword.
std::string usage_form(const KeywordInfo& k);

// A section of --help text: "TITLE:" then one "  FORM  HELP" line per row,
// the help in one column (a form too long for it gets its own line).
struct UsageRow {
  std::string form;
  std::string_view help;
};
std::string usage_section(std::string_view title, const std::vector<UsageRow>& rows);

}  // namespace solnet
