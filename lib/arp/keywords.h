// arp's two tables: the options (illumos `-nadfs` and net-tools' getopt
// set) and the keywords that follow `-s HOST MAC` and `-d HOST`. They are
// the single source for parsing, usage text and "did you mean". Each row
// carries its handler; the parsers (lib/arp/scan.cc, lib/arp/modifiers.cc)
// consume the argument words the row declares and then call it.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "lib/common/keyword.h"
#include "lib/common/result.h"

namespace solnet {

struct ArpScan;           // what a line's options said (lib/arp/scan.h)
struct ArpModifierWords;  // what the keywords after HOST said (lib/arp/modifiers.h)

enum class ArpOpt { all, numeric, del, file, set, linux_table, verbose, device, hwtype, family, use_device, help, json, symbolic };

struct ArpOption {
  KeywordInfo info;            // info.name is the short form, "-a"
  std::string_view aliases;    // further short letters ("t" for -H)
  std::string_view long_name;  // "all" for --all; "" when none
  bool solaris;                // illumos arp has it: using any other option
                               // reads the line as net-tools
  ArpOpt id;
  Status (*apply)(ArpScan& s, const ArpOption& self, std::string_view arg);
};

struct ArpModifier {
  KeywordInfo info;
  bool solaris;         // illumos `arp -s` takes it
  bool solaris_prefix;  // illumos compares only the keyword's length, so
                        // "publish" is pub and "temporary" temp
  bool set;             // valid after -s HOST MAC (and in -f files)
  bool del;             // valid after -d HOST
  Status (*apply)(ArpModifierWords& w, std::string_view arg);
};

// Rows of the tables: a keyword without an argument, and one with.
constexpr KeywordInfo arp_flag(std::string_view name, std::string_view help) {
  return {name, Arg::none, "", help, ArgKind::none, ""};
}
constexpr KeywordInfo arp_with_arg(std::string_view name, std::string_view arg_name, ArgKind kind,
                                   std::string_view help, std::string_view choices = "") {
  return {name, Arg::required, arg_name, help, kind, choices};
}

std::span<const ArpOption> arp_options();
std::span<const ArpModifier> arp_modifiers();

// The option of a short letter, or of a long name (exact, or a unique
// prefix as getopt_long allows).
const ArpOption* arp_short_option(char c);
const ArpOption* arp_long_option(std::string_view name);

// The keyword `word` means: exact name first, then illumos' prefix match.
const ArpModifier* arp_modifier(std::string_view word);

// "did you mean X?" text for an unknown keyword, or "".
std::string arp_modifier_hint(std::string_view word);
// The same for an unknown long option ("--jsn"), among the long options
// of both tables.
std::string arp_long_option_hint(std::string_view word);

// The --help text.
std::string arp_usage();

}  // namespace solnet
