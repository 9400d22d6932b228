#include "lib/arp/scan.h"

#include <algorithm>

#include "lib/common/escape.h"

namespace solnet {

namespace {

// -a, -d, -f and -s each name the line's action.
Status take_action(ArpScan& s, const ArpOption& o, std::string_view) {
  if (s.action && s.action != &o)
    return error(std::string(s.action->info.name) + " and " + std::string(o.info.name) + " cannot be used together");
  s.action = &o;
  return {};
}

template <bool ArpScan::*flag>
Status set_flag(ArpScan& s, const ArpOption&, std::string_view) {
  s.*flag = true;
  return {};
}

Status set_device(ArpScan& s, const ArpOption&, std::string_view arg) {
  s.device = std::string(arg);
  return {};
}

Status set_hwtype(ArpScan& s, const ArpOption&, std::string_view arg) {
  auto t = hwtype_by_name(arg);
  if (!t) return error(printable(arg) + ": unknown hardware type");
  if (!t->arp) return error(printable(arg) + ": hardware type without ARP support");
  s.hwtype = *t;
  return {};
}

// net-tools' -N says "not yet supported" and goes on: nothing to do.
Status ignore(ArpScan&, const ArpOption&, std::string_view) { return {}; }

Status check_family(ArpScan&, const ArpOption&, std::string_view arg) {
  if (arg != "inet") return error(printable(arg) + ": address family not supported (ARP is inet only)");
  return {};
}

constexpr ArpOption kOptions[] = {
    {arp_flag("-a", "all entries: the Net to Media table; with net-tools options, BSD style"), "", "all", true,
     ArpOpt::all, take_action},
    {arp_flag("-n", "numeric addresses, no host names"), "", "numeric", true, ArpOpt::numeric,
     set_flag<&ArpScan::numeric>},
    {arp_flag("-d", "delete the entry of HOST"), "", "delete", true, ArpOpt::del, take_action},
    {arp_flag("-f", "set the entries listed in FILE (net-tools: /etc/ethers when none)"), "", "file", true,
     ArpOpt::file, take_action},
    {arp_flag("-s", "set the entry of HOST"), "", "set", true, ArpOpt::set, take_action},
    {arp_flag("-e", "net-tools (Linux) table"), "", "", false, ArpOpt::linux_table,
     set_flag<&ArpScan::linux_table>},
    {arp_flag("-v", "verbose: count the entries shown and skipped"), "", "verbose", false, ArpOpt::verbose,
     set_flag<&ArpScan::verbose>},
    {arp_with_arg("-i", "IF", ArgKind::interface, "only entries on interface IF; set and delete there"), "",
     "device", false, ArpOpt::device, set_device},
    {arp_with_arg("-H", "HW", ArgKind::word, "hardware type (default ether)"), "t", "hw-type", false,
     ArpOpt::hwtype, set_hwtype},
    {arp_with_arg("-A", "AF", ArgKind::choice, "address family; only inet", "inet"), "p", "protocol", false,
     ArpOpt::family, check_family},
    {arp_flag("-D", "the hardware address is that of the interface named instead"), "", "use-device", false,
     ArpOpt::use_device, set_flag<&ArpScan::use_device>},
    {arp_flag("-h", "this help"), "?", "help", false, ArpOpt::help, set_flag<&ArpScan::help>},
    {arp_flag("-N", "net-tools: accepted, changes nothing (net-tools never supported it)"), "", "symbolic", false,
     ArpOpt::symbolic, ignore},
    {arp_flag("--json", "JSON instead of text (display only)"), "", "json", false, ArpOpt::json,
     set_flag<&ArpScan::json>},
};

static_assert(std::ranges::all_of(kOptions, [](const ArpOption& o) { return o.apply != nullptr; }),
              "every option has a handler");
// getopt takes an optional argument only glued to its option; arp has none.
static_assert(std::ranges::none_of(kOptions, [](const ArpOption& o) { return o.info.arg == Arg::optional; }),
              "arp's options take an argument or none");

// Calls the row's handler. illumos has only the short forms; --json is
// ours and leaves the line in either syntax.
Status dispatch(ArpScan& s, const ArpOption& o, std::string_view arg, bool long_form) {
  if ((long_form || !o.solaris) && o.id != ArpOpt::json) s.only_solaris_options = false;
  return o.apply(s, o, arg);
}

// "--name", "--name=ARG" or "--name ARG"; advances i past what it used.
Status long_option(ArpScan& s, std::span<const std::string> words, std::size_t& i) {
  const std::string& w = words[i];
  auto eq = w.find('=');
  const ArpOption* o = arp_long_option(w.substr(2, eq == std::string::npos ? std::string::npos : eq - 2));
  if (!o) return error(printable(w) + ": unknown option" + arp_long_option_hint(w.substr(0, eq)));
  const std::string name = "--" + std::string(o->long_name);
  if (o->info.arg == Arg::none) {
    if (eq != std::string::npos) return error(printable(w) + ": " + name + " takes no argument");
    return dispatch(s, *o, "", true);
  }
  if (eq != std::string::npos) return dispatch(s, *o, std::string_view(w).substr(eq + 1), true);
  if (i + 1 == words.size()) return error("no argument for " + name);
  return dispatch(s, *o, words[++i], true);
}

// A cluster of short options ("-nv", "-iv0", "-i v0"); advances i past
// what it used.
Status short_options(ArpScan& s, std::span<const std::string> words, std::size_t& i) {
  const std::string& w = words[i];
  for (std::size_t j = 1; j < w.size(); ++j) {
    const ArpOption* o = arp_short_option(w[j]);
    if (!o) return error("-" + printable(std::string(1, w[j])) + ": unknown option");
    if (o->info.arg == Arg::none) {
      if (auto st = dispatch(s, *o, "", false); !st) return st;
      continue;
    }
    if (j + 1 < w.size()) return dispatch(s, *o, std::string_view(w).substr(j + 1), false);
    if (i + 1 == words.size()) return error("no argument for " + std::string(o->info.name));
    return dispatch(s, *o, words[++i], false);
  }
  return {};
}

}  // namespace

std::span<const ArpOption> arp_options() { return kOptions; }

Result<ArpScan> scan_arp_options(std::span<const std::string> words) {
  ArpScan s;
  bool operands_only = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (operands_only || w.size() < 2 || w[0] != '-') {
      s.operands.push_back(w);
    } else if (w == "--") {
      operands_only = true;
    } else if (auto st = w[1] == '-' ? long_option(s, words, i) : short_options(s, words, i); !st) {
      return st.error();
    }
  }
  return s;
}

}  // namespace solnet
