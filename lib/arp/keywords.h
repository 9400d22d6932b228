// arp's two tables: the options (illumos `-nadfs` and net-tools' getopt
// set) and the keywords that follow `-s HOST MAC` and `-d HOST`. They are
// the single source for parsing, usage text and "did you mean".
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "lib/common/keyword.h"

namespace solnet {

enum class ArpOpt { all, numeric, del, file, set, linux_table, verbose, device, hwtype, family, use_device, help, json };

struct ArpOption {
  KeywordInfo info;            // info.name is the short form, "-a"
  std::string_view aliases;    // further short letters ("t" for -H)
  std::string_view long_name;  // "all" for --all; "" when none
  bool solaris;                // illumos arp has it: using any other option
                               // reads the line as net-tools
  ArpOpt id;
};

enum class ArpMod { temp, pub, priv, trail, permanent, netmask, dev };

struct ArpModifier {
  KeywordInfo info;
  bool solaris;         // illumos `arp -s` takes it
  bool solaris_prefix;  // illumos compares only the keyword's length, so
                        // "publish" is pub and "temporary" temp
  bool set;             // valid after -s HOST MAC (and in -f files)
  bool del;             // valid after -d HOST
  ArpMod id;
};

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
