#include "lib/arp/change.h"

#include <net/if_arp.h>

#include "lib/common/escape.h"

namespace solnet {

namespace {

Result<ArpHw> read_hw(const std::string& word, const ArpHwRule& rule) {
  if (rule.use_device) return ArpHw(ArpDeviceMac{word});
  if (rule.type && rule.type->arphrd != ARPHRD_ETHER)
    return error(std::string(rule.type->name) + ": only ether entries can be set");
  auto mac = parse_ether(word);
  if (!mac) return error(printable(word) + ": invalid link layer address");
  return ArpHw(std::move(*mac));
}

}  // namespace

Result<ArpChangeWords> parse_change_words(std::span<const std::string> words, bool set) {
  ArpChangeWords c;
  c.host = words[0];
  if (set) c.hw = words[1];
  auto k = parse_arp_modifiers(words.subspan(set ? 2 : 1), set);
  if (!k) return k.error();
  c.keywords = std::move(*k);
  return c;
}

Result<ArpChange> resolve_change(const ArpChangeWords& w, const ArpHwRule& rule, NameLookup& names) {
  ArpChange c;
  static_cast<ArpModifiers&>(c) = w.keywords.mods;
  auto host = resolve_host(w.host, names);
  if (!host) return host.error();
  c.host = std::move(*host);
  if (w.keywords.set) {
    auto hw = read_hw(w.hw, rule);
    if (!hw) return hw.error();
    c.hw = std::move(*hw);
  }
  return c;
}

}  // namespace solnet
