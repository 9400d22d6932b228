#include "lib/arp/keywords.h"

#include <vector>

#include "lib/arp/options.h"
#include "lib/common/cli_options.h"

namespace solnet {

const ArpOption* arp_short_option(char c) {
  for (const auto& o : arp_options()) {
    if (o.info.name.size() == 2 && o.info.name[1] == c) return &o;
    if (o.aliases.find(c) != std::string_view::npos) return &o;
  }
  return nullptr;
}

const ArpOption* arp_long_option(std::string_view name) {
  const ArpOption* prefix_hit = nullptr;
  int hits = 0;
  for (const auto& o : arp_options()) {
    if (o.long_name.empty()) continue;
    if (o.long_name == name) return &o;
    if (!name.empty() && o.long_name.substr(0, name.size()) == name) {
      prefix_hit = &o;
      ++hits;
    }
  }
  return hits == 1 ? prefix_hit : nullptr;
}

const ArpModifier* arp_modifier(std::string_view word) {
  for (const auto& m : arp_modifiers())
    if (m.info.name == word) return &m;
  for (const auto& m : arp_modifiers())
    if (m.solaris_prefix && word.substr(0, m.info.name.size()) == m.info.name) return &m;
  return nullptr;
}

std::string arp_modifier_hint(std::string_view word) {
  std::vector<std::string_view> names;
  for (const auto& m : arp_modifiers()) names.push_back(m.info.name);
  return did_you_mean(word, names);
}

std::string arp_long_option_hint(std::string_view word) {
  std::vector<std::string> long_names;
  for (const auto& o : arp_options())
    if (!o.long_name.empty()) long_names.push_back("--" + std::string(o.long_name));
  return cli_option_hint(word, arp_cli_options(), std::move(long_names));
}

std::string arp_usage() {
  std::string s =
      "usage: arp HOST\n"
      "       arp -a [-n]\n"
      "       arp -d HOST\n"
      "       arp -s HOST MAC [temp] [pub] [trail] [permanent]\n"
      "       arp -f FILE\n"
      "net-tools forms:\n"
      "       arp [-vn] [-H HW] [-i IF] [-a | -e] [HOST]\n"
      "       arp [-v] [-i IF] -d HOST [pub | priv] [dev IF] [netmask NM]\n"
      "       arp [-v] [-H HW] [-i IF] -s HOST MAC [temp] [pub | priv] [dev IF] [netmask NM]\n"
      "       arp [-v] [-H HW] [-i IF] -Ds HOST IF [netmask NM] pub\n"
      "       arp [-vnD] [-H HW] [-i IF] -f [FILE]\n"
      "A line illumos arp accepts means what it means on illumos; any other line\n"
      "is read as net-tools arp. --net-tools (first) reads every line as net-tools.\n";
  std::vector<UsageRow> options;
  for (const auto& o : arp_options()) {
    if (o.id == ArpOpt::json) continue;  // "-j, --json" below, with CLI11's options
    std::string form = usage_form(o.info);
    for (char c : o.aliases) form += ", -" + std::string(1, c);
    if (!o.long_name.empty() && o.info.name.substr(2) != o.long_name) form += ", --" + std::string(o.long_name);
    options.push_back({form, o.info.help});
  }
  for (const auto& o : arp_cli_options()) options.push_back({cli_option_form(o), o.info.help});
  std::vector<UsageRow> keywords;
  for (const auto& m : arp_modifiers()) keywords.push_back({usage_form(m.info), m.info.help});
  s += usage_section("options", options) + usage_section("keywords after -s HOST MAC and -d HOST", keywords);
  return s;
}

}  // namespace solnet
