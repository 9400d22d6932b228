#include "lib/route/link_units.h"

#include <sys/socket.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <tuple>

#include "lib/common/ifname.h"

namespace solnet {

void LinkUnits::add(const InetAddr& local, const InetAddr& peer, int prefixlen, std::string_view label) {
  Entry e{};
  e.family = local.family == AF_INET ? 4 : 6;
  std::copy_n(local.bytes.begin(), local.size(), e.local.begin());
  std::copy_n(peer.bytes.begin(), peer.size(), e.peer.begin());
  e.unit = kPending;
  e.prefixlen = static_cast<uint8_t>(prefixlen);
  if (e.family == 4) {
    auto li = classify_label(label, link_);
    e.physical = li.kind == LabelKind::physical;
    e.labelled = li.kind == LabelKind::unit;
    if (e.labelled) e.unit = li.unit;
  }
  entries_.push_back(e);
}

int LinkUnits::compare(const Entry& a, const Entry& b) {
  static_assert(offsetof(Entry, prefixlen) + 1 == kKeySize);
  return std::memcmp(&a.family, &b.family, kKeySize);
}

bool LinkUnits::number() {
  std::vector<Entry*> v4, v6;
  for (auto& e : entries_) (e.family == 4 ? v4 : v6).push_back(&e);
  // Linux lists a link's IPv6 addresses newest first: number them oldest first.
  std::reverse(v6.begin(), v6.end());
  number_family(std::move(v4), false);
  number_family(std::move(v6), true);
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return compare(a, b) < 0; });
  return std::adjacent_find(entries_.begin(), entries_.end(),
                            [](const Entry& a, const Entry& b) { return compare(a, b) == 0; }) == entries_.end();
}

// Builder::family's numbering without a store record: the physical
// interface, then labels in order (a unit once), then the lowest free
// units in order for the rest.
void LinkUnits::number_family(std::vector<Entry*> fam, bool v6) {
  bool have_physical = false;
  std::vector<std::pair<uint32_t, Entry*>> claims;  // (unit, entry) of labels in order: the first of a unit wins
  for (Entry* e : fam) {
    const bool link_local = v6 && e->local[0] == 0xfe && (e->local[1] & 0xc0) == 0x80;
    if ((e->physical || link_local) && !have_physical) {
      have_physical = e->physical = true;
      e->labelled = false;
      continue;
    }
    e->physical = false;
    if (e->labelled) claims.emplace_back(e->unit, e);
  }
  std::stable_sort(claims.begin(), claims.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<uint32_t> taken;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (i > 0 && claims[i].first == claims[i - 1].first) claims[i].second->labelled = false;
    else taken.push_back(claims[i].first);
  }
  std::vector<Entry*> pending;
  for (Entry* e : fam)
    if (!e->physical && !e->labelled) pending.push_back(e);
  auto next_pending = pending.begin();
  if (v6 && !have_physical && next_pending != pending.end()) (*next_pending++)->physical = true;
  auto t = taken.begin();
  uint32_t next = 1;
  for (; next_pending != pending.end(); ++next_pending) {
    for (; t != taken.end() && *t <= next; ++t)
      if (*t == next) ++next;
    (*next_pending)->unit = next++;
  }
}

std::optional<std::string> LinkUnits::name(const InetAddr& local) const {
  const uint8_t family = local.family == AF_INET ? 4 : 6;
  std::optional<std::string> best;
  std::pair<bool, uint32_t> best_rank{false, 0};  // ifconfig's order: physical, then by unit
  for (auto it = std::lower_bound(entries_.begin(), entries_.end(), std::pair{family, local.bytes},
                                  [&](const Entry& e, const auto& k) {
                                    return std::tie(e.family, e.local) < std::tie(k.first, k.second);
                                  });
       it != entries_.end() && it->family == family && std::equal(local.bytes.begin(), local.bytes.end(), it->local.begin());
       ++it) {
    const std::pair<bool, uint32_t> rank{!it->physical, it->physical ? 0 : it->unit};
    if (best && rank >= best_rank) continue;
    best_rank = rank;
    best = it->physical ? link_ : IfName{link_, it->unit}.str();
  }
  return best;
}

}  // namespace solnet
