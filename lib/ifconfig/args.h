// What an ifconfig command line selects: one interface or a set (-a, -au,
// -ad, -aD, -a4, -a6), an address family, and the keyword words after them.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lib/common/ifname.h"
#include "lib/common/result.h"

namespace solnet {

struct IfconfigArgs {
  bool all = false;        // "-a..." or no interface at all
  bool only_up = false;    // u
  bool only_down = false;  // d
  bool no_dhcp = false;    // D
  int family = 0;          // 0: both; from "-a4"/"-a6" or "inet"/"inet6"
  std::optional<IfName> name;
  bool json = false;       // --json / -j, anywhere on the line
  std::vector<std::string> words;  // keywords, in order
};

Result<IfconfigArgs> parse_ifconfig_args(const std::vector<std::string>& args);

// The letters of a selector ("-a", "-au4D" ...): the table the parser reads,
// for usage text, completions and the manual check.
struct SelectorLetter {
  char letter;
  bool IfconfigArgs::*flag;  // the selection it turns on, or null
  int family;                // AF_INET/AF_INET6 for "4"/"6", else 0
  std::string_view help;
};

std::span<const SelectorLetter> ifconfig_selector_letters();

// The address family words that may follow the interface ("inet", "inet6").
struct FamilyWord {
  std::string_view word;
  int family;
  std::string_view help;
};

std::span<const FamilyWord> ifconfig_family_words();

}  // namespace solnet
