// What every command's keyword table entry has in common: the single source
// for parsing, usage text, "did you mean", completions and the manual's
// keyword check. Each command's table embeds a KeywordInfo per entry.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lib/common/result.h"

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
  // The words a required argument spans. "hw ether MAC" takes two: the
  // leading words are each one of `choices`, the last is `arg_name`, of
  // `kind`.
  int words = 1;
};

// The words after a keyword that its argument takes from `rest`, as `k`
// declares them: none; the next `words`; or, when optional, the next word
// unless `is_keyword` says it is a keyword. A leading word that is not one
// of the choices ends the argument there, for the keyword's parser to say
// what is wrong with it. Missing words are "no argument for KEYWORD".
Result<std::span<const std::string>> keyword_args(const KeywordInfo& k, std::span<const std::string> rest,
                                                  const std::function<bool(std::string_view)>& is_keyword);

// The closest name to `word` (edit distance at most 2, or a unique prefix),
// for "did you mean".
std::optional<std::string_view> closest_name(std::string_view word, std::span<const std::string_view> names);

// " (did you mean NAME?)" for the closest name, or "": the tail of an
// "unknown keyword" or "unknown option" message.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> names);

// "name ARG" or "name [ARG]" as usage text shows a keyword; a longer
// argument shows its leading words' choices too ("hw ether MAC").
std::string usage_form(const KeywordInfo& k);

// A section of --help text: "TITLE:" then one "  FORM  HELP" line per row,
// the help in one column (a form too long for it gets its own line).
struct UsageRow {
  std::string form;
  std::string_view help;
};
std::string usage_section(std::string_view title, const std::vector<UsageRow>& rows);

}  // namespace solnet
