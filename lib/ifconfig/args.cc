#include "lib/ifconfig/args.h"

#include <sys/socket.h>

#include <cctype>

#include "lib/common/cli_options.h"
#include "lib/common/escape.h"
#include "lib/ifconfig/keyword_args.h"
#include "lib/ifconfig/keywords.h"
#include "lib/ifconfig/options.h"

namespace solnet {

namespace {

constexpr SelectorLetter kLetters[] = {
    {'a', &IfconfigArgs::all, 0, "every interface"},
    {'u', &IfconfigArgs::only_up, 0, "only interfaces that are up"},
    {'d', &IfconfigArgs::only_down, 0, "only interfaces that are down"},
    {'D', &IfconfigArgs::no_dhcp, 0, "leave out interfaces under DHCP"},
    {'4', nullptr, AF_INET, "only IPv4"},
    {'6', nullptr, AF_INET6, "only IPv6"},
    // Solaris: every zone's interfaces. Linux has no zones: every interface
    // the command sees is the caller's, so this selects nothing more.
    {'Z', nullptr, 0, "interfaces of every zone (no zones on Linux: no effect)"},
};

Status parse_selector(const std::string& word, IfconfigArgs& out) {
  // An unknown "--word": cmd/ took the options it knows.
  if (word.starts_with("--"))
    return error(printable(word) + ": unknown option" + cli_option_hint(word, ifconfig_cli_options()));
  for (std::size_t i = 1; i < word.size(); ++i) {
    const SelectorLetter* hit = nullptr;
    for (const auto& l : kLetters)
      if (l.letter == word[i]) hit = &l;
    if (!hit) return error(printable(word) + ": unknown option");
    if (hit->flag) out.*(hit->flag) = true;
    if (hit->family) {
      if (out.family && out.family != hit->family) return error(printable(word) + ": conflicting address families");
      out.family = hit->family;
    }
  }
  // Solaris: a selector without "a" names no interface.
  if (!out.all) return error(printable(word) + ": no such interface");
  return {};
}

constexpr FamilyWord kFamilies[] = {
    {"inet", AF_INET, "IPv4 (the default for changes)"},
    {"inet6", AF_INET6, "IPv6"},
};

int family_word(const std::string& w) {
  for (const auto& f : kFamilies)
    if (f.word == w) return f.family;
  return 0;
}

// net-tools reads "add ADDR" and "del ADDR" as IPv6 when ADDR is an IPv6
// address, without "inet6" ("ifconfig eth0 add 2001:db8::1/64").
int implied_family(const std::vector<std::string>& words) {
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    if ((words[i] == "add" || words[i] == "del") && words[i + 1].find(':') != std::string::npos) return AF_INET6;
  return 0;
}

bool named_after_selector(const std::string& w) {
  return !w.empty() && w[0] != '-' && !std::isdigit(static_cast<unsigned char>(w[0])) && !family_word(w) &&
         !find_ifconfig_keyword(w) && parse_ifname(w);
}

}  // namespace

std::span<const SelectorLetter> ifconfig_selector_letters() { return kLetters; }
std::span<const FamilyWord> ifconfig_family_words() { return kFamilies; }

Result<IfconfigArgs> parse_ifconfig_args(const std::vector<std::string>& args) {
  IfconfigArgs out;
  std::vector<std::string> rest;
  for (const auto& a : args) {
    if (a == "--json" || a == "-j") out.json = true;
    else rest.push_back(a);
  }
  // "-Z" on its own before the interface: see the Z letter above.
  if (!rest.empty() && rest[0] == "-Z") rest.erase(rest.begin());
  if (rest.empty()) {
    out.all = true;
    return out;
  }
  std::size_t i = 0;
  if (rest[0].size() > 1 && rest[0][0] == '-') {
    if (auto st = parse_selector(rest[0], out); !st) return st.error();
    // net-tools: "ifconfig -a IF" shows IF (a name, not a keyword for all).
    // A word with a colon that is no IPv6 address can only be a name: a bad
    // one gets parse_ifname's reason, not "unknown keyword".
    const bool colon_name = rest.size() == 2 && rest[1].find(':') != std::string::npos && !v6_looking(rest[1]);
    if (rest.size() == 2 && (named_after_selector(rest[1]) || colon_name)) {
      auto n = parse_ifname(rest[1]);
      if (!n) return n.error();
      out.all = false;
      out.name = std::move(*n);
      return out;
    }
  } else {
    auto n = parse_ifname(rest[0]);
    if (!n) return n.error();
    out.name = std::move(*n);
  }
  ++i;
  if (i < rest.size()) {
    if (int fam = family_word(rest[i])) {
      if (out.family && out.family != fam) return error(rest[i] + ": conflicting address families");
      out.family = fam;
      ++i;
    }
  }
  out.words.assign(rest.begin() + static_cast<std::ptrdiff_t>(i), rest.end());
  if (!out.family) out.family = implied_family(out.words);
  return out;
}

}  // namespace solnet
