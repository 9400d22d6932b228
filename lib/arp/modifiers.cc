#include "lib/arp/modifiers.h"

#include <algorithm>

#include "lib/arp/keywords.h"
#include "lib/common/escape.h"
#include "lib/common/inet_addr.h"

namespace solnet {

namespace {

template <bool ArpModifiers::*flag>
Status set_flag(ArpModifierWords& w, std::string_view) {
  w.mods.*flag = true;
  return {};
}

// On -s the last of pub and priv wins; -d with both deletes both entries.
template <bool ArpModifiers::*flag, bool ArpModifiers::*other>
Status set_either(ArpModifierWords& w, std::string_view) {
  w.mods.*flag = true;
  if (w.set) w.mods.*other = false;
  return {};
}

Status ignore(ArpModifierWords&, std::string_view) { return {}; }

Status set_netmask(ArpModifierWords& w, std::string_view arg) {
  auto len = parse_netmask4(arg);
  if (!len) return len.error();
  if (*len != 0 && *len != 32)
    return error("netmask " + printable(arg) +
                 ": Linux publishes one address (255.255.255.255) or a whole interface (0.0.0.0)");
  w.mods.whole_link = *len == 0;
  return {};
}

Status set_dev(ArpModifierWords& w, std::string_view arg) {
  w.mods.dev = std::string(arg);
  return {};
}

constexpr ArpModifier kModifiers[] = {
    {arp_flag("temp", "an entry that ages out (default: permanent)"), true, true, true, false,
     set_flag<&ArpModifiers::temp>},
    {arp_flag("pub", "publish: answer ARP requests for HOST (proxy ARP)"), true, true, true, true,
     set_either<&ArpModifiers::pub, &ArpModifiers::priv>},
    {arp_flag("priv", "not published (the default); with -d: only the unpublished entry"), false, false, true,
     true, set_either<&ArpModifiers::priv, &ArpModifiers::pub>},
    // no trailer encapsulation on Linux
    {arp_flag("trail", "trailer encapsulation: accepted, Linux has none"), true, true, true, false, ignore},
    {arp_flag("permanent", "Solaris authoritative entry, shown as permanent"), true, false, true, false,
     set_flag<&ArpModifiers::permanent>},
    {arp_with_arg("netmask", "NM", ArgKind::netmask,
                  "255.255.255.255 (one address) or, with pub, 0.0.0.0: proxy ARP on the whole interface"),
     false, false, true, true, set_netmask},
    {arp_with_arg("dev", "IF", ArgKind::interface, "the interface of the entry"), false, false, true, true,
     set_dev},
};

static_assert(std::ranges::all_of(kModifiers, [](const ArpModifier& m) { return m.apply != nullptr; }),
              "every keyword has a handler");
static_assert(std::ranges::none_of(kModifiers, [](const ArpModifier& m) { return m.info.arg == Arg::optional; }),
              "arp's keywords take an argument or none");

}  // namespace

std::span<const ArpModifier> arp_modifiers() { return kModifiers; }

Result<ArpModifierWords> scan_arp_modifiers(std::span<const std::string> words, bool set) {
  ArpModifierWords w;
  w.set = set;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const ArpModifier* m = arp_modifier(words[i]);
    if (!m) return error(printable(words[i]) + ": unknown keyword" + arp_modifier_hint(words[i]));
    const std::string name(m->info.name);
    if (!(set ? m->set : m->del)) return error(name + " cannot be used with " + (set ? "-s" : "-d"));
    if (!m->solaris) w.net_tools_only = true;
    auto args = keyword_args(m->info, words.subspan(i + 1), [](std::string_view v) { return arp_modifier(v) != nullptr; });
    if (!args) return args.error();
    i += args->size();
    if (auto st = m->apply(w, args->empty() ? std::string_view() : std::string_view(args->front())); !st) return st.error();
  }
  return w;
}

Result<ArpModifierWords> parse_arp_modifiers(std::span<const std::string> words, bool set) {
  auto w = scan_arp_modifiers(words, set);
  if (!w) return w;
  const ArpModifiers& m = w->mods;
  if (m.temp && m.permanent) return error("temp and permanent cannot be used together");
  if (m.whole_link && !m.pub) return error("netmask 0.0.0.0 needs pub");
  return w;
}

}  // namespace solnet
