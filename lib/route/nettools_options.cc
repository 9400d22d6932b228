#include "lib/route/nettools_options.h"

#include <algorithm>
#include <array>

#include "lib/common/escape.h"
#include "lib/route/nettools_args.h"

namespace solnet {

namespace {

// route.c's long options (those that select a family name it).
struct LongOption {
  std::string_view name;
  bool takes_arg;
};
constexpr std::array<LongOption, 22> kLong{{
    {"extend", false}, {"verbose", false}, {"version", false}, {"numeric", false}, {"symbolic", false},
    {"protocol", true}, {"cache", false},  {"fib", false},     {"help", false},    {"ax25", false},
    {"x25", false},     {"ip", false},     {"ipx", false},     {"appletalk", false}, {"netrom", false},
    {"inet", false},    {"inet6", false},  {"ddp", false},     {"rose", false},    {"unix", false},
    {"bluetooth", false}, {"tcpip", false},
}};

constexpr std::string_view kShort = "AeCFnNv46";

// getopt_long: an exact name, else the only one the word begins.
const LongOption* long_option(std::string_view name) {
  for (const auto& o : kLong)
    if (o.name == name) return &o;
  const LongOption* found = nullptr;
  for (const auto& o : kLong)
    if (o.name.starts_with(name)) {
      if (found) return nullptr;
      found = &o;
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
Status add_family(RouteGlobals& g, std::string_view spec) {
  g.families.push_back(nettools_family_spec(spec));
  return {};
}

Status take_short(RouteGlobals& g, std::string_view w, const std::vector<std::string>& words, std::size_t& i) {
  for (std::size_t k = 1; k < w.size(); ++k) {
    switch (w[k]) {
      case 'A': {
        if (k + 1 < w.size()) return add_family(g, w.substr(k + 1));
        if (i + 1 >= words.size()) return error("option requires an argument -- 'A'", kExitUsage);
        return add_family(g, words[++i]);
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

Status take_long(RouteGlobals& g, const LongOption& o, std::string_view w, const std::vector<std::string>& words,
                 std::size_t& i) {
  const auto eq = w.find('=');
  if (o.name == "protocol") {
    if (eq != std::string_view::npos) return add_family(g, w.substr(eq + 1));
    if (i + 1 >= words.size()) return error("option '--protocol' requires an argument", kExitUsage);
    return add_family(g, words[++i]);
  }
  if (eq != std::string_view::npos)
    return error("option '--" + std::string(o.name) + "' doesn't allow an argument", kExitUsage);
  if (o.name == "extend") ++g.extend;
  else if (o.name == "verbose") g.verbose = true;
  else if (o.name == "numeric") g.numeric = true;
  else if (o.name == "symbolic") g.symbolic = true;
  else if (o.name == "fib") g.fib = true;
  else if (o.name == "cache") return error("-C: the kernel has had no IPv4 routing cache since Linux 3.6");
  else if (o.name == "version" || o.name == "help")
    return error(printable(w) + ": an option for route alone, not after the command", kExitUsage);
  else return add_family(g, o.name);
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
      const auto* o = long_option(std::string_view(w).substr(2, w.find('=') - 2));
      if (!o) {
        rest.push_back(w);
        continue;
      }
      if (auto st = take_long(g, *o, w, words, i); !st) return st.error();
    } else if (short_word(w)) {
      if (auto st = take_short(g, w, words, i); !st) return st.error();
    } else {
      rest.push_back(w);
    }
  }
  return rest;
}

}  // namespace solnet
