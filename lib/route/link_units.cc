#include "lib/route/link_units.h"

#include <sys/socket.h>

#include <algorithm>
#include <tuple>

#include "lib/common/ifname.h"

namespace solnet {

namespace {

template <class E>
auto key(const E& e) {
  return std::tie(e.local, e.peer, e.prefixlen);
}

bool link_local(const LinkUnits::V4&) { return false; }
bool link_local(const LinkUnits::V6& e) { return e.local[0] == 0xfe && (e.local[1] & 0xc0) == 0x80; }

// Builder::family's numbering without a store record, over a family's
// entries oldest first: the physical interface, then labels in order (a
// unit once), then the lowest free units in order for the rest.
template <class E>
void number_in_order(std::vector<E*> fam, bool v6) {
  bool have_physical = false;
  std::vector<std::pair<uint32_t, E*>> claims;  // labels in order: the first of a unit wins
  for (E* e : fam) {
    if ((e->physical || link_local(*e)) && !have_physical) {
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
  std::vector<E*> pending;
  for (E* e : fam)
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

// Numbers the entries, then sorts them by address for name(); false when
// one came twice.
template <class E>
bool number_family(std::vector<E>& entries, bool v6) {
  std::vector<E*> fam;
  fam.reserve(entries.size());
  for (auto& e : entries) fam.push_back(&e);
  // Linux lists a link's IPv6 addresses newest first: number them oldest first.
  if (v6) std::reverse(fam.begin(), fam.end());
  number_in_order(std::move(fam), v6);
  std::sort(entries.begin(), entries.end(), [](const E& a, const E& b) { return key(a) < key(b); });
  return std::adjacent_find(entries.begin(), entries.end(),
                            [](const E& a, const E& b) { return key(a) == key(b); }) == entries.end();
}

// ifconfig's order among the logical interfaces of one address: the
// physical interface, then by unit.
template <class E, class A>
std::optional<std::string> first_named(const std::vector<E>& entries, const A& local, const std::string& link) {
  auto it = std::lower_bound(entries.begin(), entries.end(), local, [](const E& e, const A& a) { return e.local < a; });
  const E* best = nullptr;
  for (; it != entries.end() && it->local == local; ++it)
    if (!best || std::pair(!it->physical, it->unit) < std::pair(!best->physical, best->unit)) best = &*it;
  if (!best) return std::nullopt;
  return best->physical ? link : IfName{link, best->unit}.str();
}

}  // namespace

void LinkUnits::add(const InetAddr& local, const InetAddr& peer, int prefixlen, std::string_view label) {
  if (local.family == AF_INET) {
    auto li = classify_label(label, link_);
    v4_.push_back(V4{local.v4(), peer.v4(), li.kind == LabelKind::unit ? li.unit : 0,
                     static_cast<uint8_t>(prefixlen), li.kind == LabelKind::physical, li.kind == LabelKind::unit});
  } else {
    v6_.push_back(V6{local.bytes, peer.bytes, 0, static_cast<uint8_t>(prefixlen), false, false});
  }
}

bool LinkUnits::number() {
  const bool v4_once = number_family(v4_, false);
  return number_family(v6_, true) && v4_once;
}

std::optional<std::string> LinkUnits::name(const InetAddr& local) const {
  if (local.family == AF_INET) return first_named(v4_, local.v4(), link_);
  return first_named(v6_, local.bytes, link_);
}

}  // namespace solnet
