#include "lib/route/args.h"

#include "lib/common/cli_options.h"
#include "lib/common/escape.h"
#include "lib/route/addr.h"
#include "lib/route/keyword_walk.h"
#include "lib/route/nettools_args.h"
#include "lib/route/nettools_options.h"
#include "lib/route/options.h"

namespace solnet {

namespace {

Result<int> family_named(std::string_view name, int exit_code) {
  if (name == "inet") return AF_INET;
  if (name == "inet6") return AF_INET6;
  return error(printable(name) + ": address family not supported", exit_code);
}

// -A takes "inet", "inet6" or a comma-separated list of them.
Result<std::vector<int>> families_of(const RouteGlobals& g) {
  std::vector<int> out;
  for (const auto& spec : g.families) {
    std::string_view rest = spec;
    while (true) {
      auto comma = rest.find(',');
      auto f = family_named(rest.substr(0, comma), 1);
      if (!f) return f.error();
      out.push_back(*f);
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  }
  if (out.empty()) out.push_back(AF_INET);
  return out;
}

bool is_nettools_keyword(std::string_view w) {
  for (const auto& k : nettools_keywords())
    if (k.info.name == w) return true;
  return false;
}

// A word that is no address but nearly a net-tools keyword ("gww") is a
// typo in net-tools syntax, best answered with net-tools' "did you mean".
bool near_nettools_keyword(const std::string& w) {
  if (parse_inet(w) || parse_inet_aton(w)) return false;
  std::vector<std::string_view> names;
  for (const auto& k : nettools_keywords()) names.push_back(k.info.name);
  return closest_name(w, names).has_value();
}

std::string first_solaris_global(const RouteGlobals& g) {
  return g.flush ? "-f" : g.persistent ? "-p" : g.quiet ? "-q" : g.root ? "-R" : "";
}

std::string first_nettools_global(const RouteGlobals& g) {
  return g.extend ? "-e" : !g.families.empty() ? "-A" : g.symbolic ? "-N" : g.fib ? "-F" : "";
}

// add and delete exist in both languages: the words tell them apart.
Result<RouteSyntax> classify(const RouteGlobals& g, const std::vector<std::string>& args, NameLookup& names,
                             const InterfaceExists& interface_exists) {
  std::string solaris = first_solaris_global(g);
  std::string nettools = first_nettools_global(g);
  std::vector<std::string> positional;
  for (const auto& a : args) {
    const bool dash = a.size() > 1 && a[0] == '-';
    if (dash && a != "-net" && a != "-host") {
      if (solaris.empty()) solaris = a;
    } else if (a == "host" || a == "net") {
      if (solaris.empty()) solaris = a;
    } else if (is_nettools_keyword(a)) {
      if (nettools.empty()) nettools = a;
    } else if (!dash) {
      positional.push_back(a);
    }
  }
  if (!solaris.empty() && !nettools.empty())
    return error("cannot mix net-tools (" + printable(nettools) + ") and Solaris (" + printable(solaris) + ") syntax");
  if (!solaris.empty()) return RouteSyntax::solaris;
  for (std::size_t i = 1; i < positional.size() && nettools.empty(); ++i)
    if (near_nettools_keyword(positional[i])) nettools = positional[i];
  if (!nettools.empty() || positional.size() < 2) return RouteSyntax::nettools;
  if (positional.size() > 2) return RouteSyntax::solaris;
  // DEST WORD: a gateway address (Solaris) or a device (net-tools).
  const std::string& word = positional[1];
  if (parse_inet(word)) return RouteSyntax::solaris;
  if (interface_exists(word.substr(0, word.find(':')))) return RouteSyntax::nettools;
  const int family = parse_inet(positional[0].substr(0, positional[0].find('/')), AF_INET6) ? AF_INET6 : AF_INET;
  if (!names.host_addrs(word, family).empty()) return RouteSyntax::solaris;
  // Unknown either way: a dotted word reads as a host name, others as a
  // device, so that the error names the likelier mistake.
  return word.find('.') != std::string::npos ? RouteSyntax::solaris : RouteSyntax::nettools;
}

// The verb's words in each syntax.
Status solaris_words(const VerbLine& l, SolarisVerb verb, RouteInvocation& inv) {
  auto cmd = parse_solaris(verb, inv.verb_args, l.solaris_family, l.names);
  if (!cmd) return cmd.error();
  inv.action = RouteAction::solaris;
  inv.solaris = std::move(*cmd);
  return {};
}

Status nettools_words(const VerbLine& l, RouteOp op, RouteInvocation& inv) {
  auto fams = families_of(l.g);
  if (!fams) return Error{fams.error().message, kExitUsage};
  if (fams->size() != 1) return error("one address family at a time for " + std::string(l.verb), kExitUsage);
  auto req = parse_nettools(op, inv.verb_args, fams->front(), l.names);
  if (!req) return req.error();
  inv.action = RouteAction::nettools;
  inv.nettools = std::move(*req);
  return {};
}

// The verb handlers: a verb one syntax has, or both (add and delete,
// which the words tell apart).
Status solaris_only(const VerbLine& l) {
  if (!l.g.nettools_only()) return {};
  return error(std::string(l.verb) + " is Solaris syntax; " + first_nettools_global(l.g) + " is a net-tools option",
               kExitUsage);
}

template <SolarisVerb V>
Status solaris_verb(const VerbLine& l, RouteInvocation& inv) {
  if (auto st = solaris_only(l); !st) return st;
  return solaris_words(l, V, inv);
}

template <RouteOp O>
Status nettools_verb(const VerbLine& l, RouteInvocation& inv) {
  if (l.g.solaris_only())
    return error(std::string(l.verb) + " is net-tools syntax; " + first_solaris_global(l.g) + " is a Solaris option");
  return nettools_words(l, O, inv);
}

template <SolarisVerb V, RouteOp O>
Status either_verb(const VerbLine& l, RouteInvocation& inv) {
  auto s = classify(l.g, inv.verb_args, l.names, l.interface_exists);
  if (!s) return s.error();
  return *s == RouteSyntax::solaris ? solaris_words(l, V, inv) : nettools_words(l, O, inv);
}

Status change_verb(const VerbLine& l, RouteInvocation& inv) {
  if (auto st = solaris_verb<SolarisVerb::change>(l, inv); !st) return st;
  if (l.g.persistent) return error("change command not supported with -p");
  return {};
}

Status show_verb(const VerbLine& l, RouteInvocation& inv) {
  if (auto st = solaris_only(l); !st) return st;
  if (!l.g.persistent) return error("show command requires -p");
  return solaris_words(l, SolarisVerb::show, inv);
}

constexpr RouteVerb kVerbs[] = {
    {{"add", Arg::none, "", "add a route", ArgKind::none, ""}, either_verb<SolarisVerb::add, RouteOp::add>},
    {{"delete", Arg::none, "", "delete a route", ArgKind::none, ""}, either_verb<SolarisVerb::del, RouteOp::del>},
    {{"del", Arg::none, "", "delete a route (net-tools)", ArgKind::none, ""}, nettools_verb<RouteOp::del>},
    {{"change", Arg::none, "", "change the gateway, interface or metrics of a route", ArgKind::none, ""},
     change_verb},
    {{"get", Arg::none, "", "show the route a destination takes", ArgKind::none, ""}, solaris_verb<SolarisVerb::get>},
    {{"flush", Arg::none, "", "delete every route through a gateway", ArgKind::none, ""},
     solaris_verb<SolarisVerb::flush>},
    {{"monitor", Arg::none, "", "print routing changes as they happen", ArgKind::none, ""},
     solaris_verb<SolarisVerb::monitor>},
    {{"show", Arg::none, "", "list the persistent routes (with -p)", ArgKind::none, ""}, show_verb},
};
static_assert(every_row_has_handler(kVerbs));

Error unknown_verb(const std::string& word, int exit_code) {
  std::vector<std::string_view> names;
  for (const auto& v : kVerbs) names.push_back(v.info.name);
  return error(printable(word) + ": unknown command" + did_you_mean(word, names), exit_code);
}

}  // namespace

std::span<const RouteVerb> route_verbs() { return kVerbs; }

Result<RouteInvocation> parse_route(const RouteGlobals& leading, const std::vector<std::string>& all_words,
                                    NameLookup& names, const InterfaceExists& interface_exists) {
  RouteGlobals g = leading;
  auto hoisted = hoist_nettools_options(g, all_words);
  if (!hoisted) return hoisted.error();
  RouteInvocation inv;
  inv.persistent = g.persistent;
  inv.root = g.root;
  inv.view = {g.numeric || g.symbolic, g.quiet, g.verbose, g.json, g.extend};
  std::vector<std::string> words;
  for (const auto& w : *hoisted) {
    if (w == "--json" || w == "-j") inv.view.json = true;
    else words.push_back(w);
  }
  const int usage_exit = g.nettools_only() ? kExitUsage : 1;
  if (g.solaris_only() && g.nettools_only())
    return error("cannot mix net-tools (" + first_nettools_global(g) + ") and Solaris (" + first_solaris_global(g) +
                 ") options");
  std::size_t i = 0;
  int solaris_family = AF_INET;
  // route(1M): "Specify the table to flush by placing the inet or inet6
  // modifier immediately after the -f option": illumos reads the bare
  // word; the dashed spelling every other modifier has means the same.
  if (g.flush) {
    if (i < words.size()) {
      std::string_view w = words[i];
      if (w.starts_with('-')) w.remove_prefix(1);
      if (w == "inet" || w == "inet6") {
        solaris_family = w == "inet" ? AF_INET : AF_INET6;
        ++i;
      }
    }
    inv.flush_first = solaris_family;
  }
  if (i == words.size()) {
    if (g.flush) {
      inv.action = RouteAction::solaris;
      return inv;
    }
    if (g.solaris_only()) return error("a command is required after " + first_solaris_global(g));
    auto fams = families_of(g);
    if (!fams) return fams.error();
    inv.families = std::move(*fams);
    return inv;
  }

  const std::string& verb_word = words[i];
  // CLI11 hands on what it does not know, so that -net reaches the parser.
  if (verb_word.size() > 1 && verb_word[0] == '-')
    return error(printable(verb_word) + ": unknown option" + cli_option_hint(verb_word, route_cli_options()),
                 usage_exit);
  const RouteVerb* verb = nullptr;
  for (const auto& v : kVerbs)
    if (v.info.name == verb_word) verb = &v;
  if (!verb) return unknown_verb(verb_word, usage_exit);
  inv.verb_args.assign(words.begin() + static_cast<std::ptrdiff_t>(i + 1), words.end());
  if (auto st = verb->apply(VerbLine{g, verb_word, solaris_family, names, interface_exists}, inv); !st)
    return st.error();
  return inv;
}

}  // namespace solnet
