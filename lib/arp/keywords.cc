#include "lib/arp/keywords.h"

#include <vector>

#include "lib/arp/options.h"
#include "lib/common/cli_options.h"

namespace solnet {

namespace {

constexpr KeywordInfo flag(std::string_view name, std::string_view help) {
  return {name, Arg::none, "", help, ArgKind::none, ""};
}

constexpr KeywordInfo with_arg(std::string_view name, std::string_view arg_name, ArgKind kind,
                               std::string_view help, std::string_view choices = "") {
  return {name, Arg::required, arg_name, help, kind, choices};
}

constexpr ArpOption kOptions[] = {
    {flag("-a", "all entries: the Net to Media table; with net-tools options, BSD style"),
     "", "all", true, ArpOpt::all},
    {flag("-n", "numeric addresses, no host names"), "", "numeric", true, ArpOpt::numeric},
    {flag("-d", "delete the entry of HOST"), "", "delete", true, ArpOpt::del},
    {flag("-f", "set the entries listed in FILE (net-tools: /etc/ethers when none)"),
     "", "file", true, ArpOpt::file},
    {flag("-s", "set the entry of HOST"), "", "set", true, ArpOpt::set},
    {flag("-e", "net-tools (Linux) table"), "", "", false, ArpOpt::linux_table},
    {flag("-v", "verbose: count the entries shown and skipped"), "", "verbose", false, ArpOpt::verbose},
    {with_arg("-i", "IF", ArgKind::interface, "only entries on interface IF; set and delete there"),
     "", "device", false, ArpOpt::device},
    {with_arg("-H", "HW", ArgKind::word, "hardware type (default ether)"), "t", "hw-type", false,
     ArpOpt::hwtype},
    {with_arg("-A", "AF", ArgKind::choice, "address family; only inet", "inet"), "p", "protocol", false,
     ArpOpt::family},
    {flag("-D", "the hardware address is that of the interface named instead"), "", "use-device",
     false, ArpOpt::use_device},
    {flag("-h", "this help"), "?", "help", false, ArpOpt::help},
    {flag("--json", "JSON instead of text (display only)"), "", "json", false, ArpOpt::json},
};

constexpr ArpModifier kModifiers[] = {
    {flag("temp", "an entry that ages out (default: permanent)"), true, true, true, false, ArpMod::temp},
    {flag("pub", "publish: answer ARP requests for HOST (proxy ARP)"), true, true, true, true,
     ArpMod::pub},
    {flag("priv", "not published (the default); with -d: only the unpublished entry"), false, false,
     true, true, ArpMod::priv},
    {flag("trail", "trailer encapsulation: accepted, Linux has none"), true, true, true, false,
     ArpMod::trail},
    {flag("permanent", "Solaris authoritative entry, shown as permanent"), true, false, true, false,
     ArpMod::permanent},
    {with_arg("netmask", "NM", ArgKind::netmask,
              "255.255.255.255 (one address) or, with pub, 0.0.0.0: proxy ARP on the whole interface"),
     false, false, true, true, ArpMod::netmask},
    {with_arg("dev", "IF", ArgKind::interface, "the interface of the entry"), false, false, true, true,
     ArpMod::dev},
};

}  // namespace

std::span<const ArpOption> arp_options() { return kOptions; }
std::span<const ArpModifier> arp_modifiers() { return kModifiers; }

const ArpOption* arp_short_option(char c) {
  for (const auto& o : kOptions) {
    if (o.info.name.size() == 2 && o.info.name[1] == c) return &o;
    if (o.aliases.find(c) != std::string_view::npos) return &o;
  }
  return nullptr;
}

const ArpOption* arp_long_option(std::string_view name) {
  const ArpOption* prefix_hit = nullptr;
  int hits = 0;
  for (const auto& o : kOptions) {
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
  for (const auto& m : kModifiers)
    if (m.info.name == word) return &m;
  for (const auto& m : kModifiers)
    if (m.solaris_prefix && word.substr(0, m.info.name.size()) == m.info.name) return &m;
  return nullptr;
}

std::string arp_modifier_hint(std::string_view word) {
  std::vector<std::string_view> names;
  for (const auto& m : kModifiers) names.push_back(m.info.name);
  return did_you_mean(word, names);
}

std::string arp_long_option_hint(std::string_view word) {
  std::vector<std::string> long_names;
  for (const auto& o : kOptions)
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
  for (const auto& o : kOptions) {
    if (o.id == ArpOpt::json) continue;  // "-j, --json" below, with CLI11's options
    std::string form = usage_form(o.info);
    for (char c : o.aliases) form += ", -" + std::string(1, c);
    if (!o.long_name.empty() && o.info.name.substr(2) != o.long_name) form += ", --" + std::string(o.long_name);
    options.push_back({form, o.info.help});
  }
  for (const auto& o : arp_cli_options()) options.push_back({cli_option_form(o), o.info.help});
  std::vector<UsageRow> keywords;
  for (const auto& m : kModifiers) keywords.push_back({usage_form(m.info), m.info.help});
  s += usage_section("options", options) + usage_section("keywords after -s HOST MAC and -d HOST", keywords);
  return s;
}

}  // namespace solnet
