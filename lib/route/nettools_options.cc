#include "lib/route/nettools_options.h"

#include <algorithm>
#include <array>
#include <optional>

#include "lib/common/escape.h"
#include "lib/route/nettools_args.h"

namespace solnet {

namespace {

// route.c's long options ("protocol" takes the family; the names of
// families select one).
constexpr std::array<std::string_view, 22> kLong{
    "extend", "verbose", "version", "numeric", "symbolic", "protocol", "cache", "fib",  "help",  "ax25",  "x25",
    "ip",     "ipx",     "appletalk", "netrom", "inet",   "inet6",    "ddp",   "rose", "unix", "bluetooth", "tcpip",
};

constexpr std::string_view kShort = "AeCFnNv46";

// getopt_long: an exact name, else the only one the word begins.
std::optional<std::string_view> long_option(std::string_view name) {
  for (auto o : kLong)
    if (o == name) return o;
  std::optional<std::string_view> found;
  for (auto o : kLong)
    if (o.starts_with(name)) {
      if (found) return std::nullopt;
      found = o;
    }
  return found;
}

// "-nee", "-6", "-A", "-nAinet6": letters of kShort up to an A, whose
// argument may be glued on.
bool short_word(std::string_view w) {
  if (w.size() < 2 || w[0] != '-' || w[1] == '-' || w == "-net" || w == "-host") return false;
  const std::string_view letters = w.substr(1, w.find('A') - 1);
  return std::all_of(letters.begin(), letters.end(), [](char c) { return kShort.find(c) != std::string_view::npos; });
}

// Family options add up, as route.c's afname list does ("-4 -6" is
// "inet,inet6": both tables, and too many for add and del).
void add_family(RouteGlobals& g, std::string_view spec) { g.families.push_back(nettools_family_spec(spec)); }

Status take_short(RouteGlobals& g, std::string_view w, const std::vector<std::string>& words, std::size_t& i) {
  for (std::size_t k = 1; k < w.size(); ++k) {
    switch (w[k]) {
      case 'A': {
        if (k + 1 < w.size()) {
          add_family(g, w.substr(k + 1));
          return {};
        }
        if (i + 1 >= words.size()) return error("option requires an argument -- 'A'", kExitUsage);
        add_family(g, words[++i]);
        return {};
      }
      case 'e': ++g.extend; break;
      case 'C': return error("-C: the kernel has had no IPv4 routing cache since Linux 3.6");
      case 'F': g.fib = true; break;
      case 'n': g.numeric = true; break;
      case 'N': g.symbolic = true; break;
      case 'v': g.verbose = true; break;
      case '4': add_family(g, "inet"); break;
      case '6': add_family(g, "inet6"); break;
    }
  }
  return {};
}

Status take_long(RouteGlobals& g, std::string_view name, std::string_view w, const std::vector<std::string>& words,
                 std::size_t& i) {
  const auto eq = w.find('=');
  if (name == "protocol") {
    if (i + 1 >= words.size() && eq == std::string_view::npos)
      return error("option '--protocol' requires an argument", kExitUsage);
    add_family(g, eq != std::string_view::npos ? w.substr(eq + 1) : std::string_view(words[++i]));
    return {};
  }
  if (eq != std::string_view::npos)
    return error("option '--" + std::string(name) + "' doesn't allow an argument", kExitUsage);
  if (name == "extend") ++g.extend;
  else if (name == "verbose") g.verbose = true;
  else if (name == "numeric") g.numeric = true;
  else if (name == "symbolic") g.symbolic = true;
  else if (name == "fib") g.fib = true;
  else if (name == "cache") return error("-C: the kernel has had no IPv4 routing cache since Linux 3.6");
  else if (name == "version" || name == "help")
    return error(printable(w) + ": an option for route alone, not after the command", kExitUsage);
  else add_family(g, name);
  return {};
}

}  // namespace

std::string nettools_family_spec(std::string_view spec) {
  std::string out;
  while (true) {
    const auto comma = spec.find(',');
    const std::string_view name = spec.substr(0, comma);
    if (!out.empty()) out += ',';
    out += name == "ip" || name == "tcpip" ? "inet" : name == "ip6" ? "inet6" : std::string(name);
    if (comma == std::string_view::npos) return out;
    spec.remove_prefix(comma + 1);
  }
}

Result<std::vector<std::string>> hoist_nettools_options(RouteGlobals& g, const std::vector<std::string>& words) {
  std::vector<std::string> rest;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "--") {  // getopt: everything after it is an operand
      rest.insert(rest.end(), words.begin() + static_cast<std::ptrdiff_t>(i + 1), words.end());
      break;
    }
    if (w.starts_with("--") && w.size() > 2) {
      const auto name = long_option(std::string_view(w).substr(2, w.find('=') - 2));
      if (!name) {
        rest.push_back(w);
        continue;
      }
      if (auto st = take_long(g, *name, w, words, i); !st) return st.error();
    } else if (short_word(w)) {
      if (auto st = take_short(g, w, words, i); !st) return st.error();
    } else {
      rest.push_back(w);
    }
  }
  return rest;
}

}  // namespace solnet
