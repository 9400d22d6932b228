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
// unit once), then the lowest free units in order for the rest. Indices
// rather than pointers: half the memory on a link of 50,000 addresses.
template <class E>
void number_family(std::vector<E>& entries, bool v6) {
  const auto n = static_cast<uint32_t>(entries.size());
  // Linux lists a link's IPv6 addresses newest first: number them oldest first.
  const auto at = [&](uint32_t i) -> E& { return entries[v6 ? n - 1 - i : i]; };
  bool have_physical = false;
  std::vector<std::pair<uint32_t, uint32_t>> claims;  // (unit, order) of labels: the first of a unit wins
  for (uint32_t i = 0; i < n; ++i) {
    E& e = at(i);
    if ((e.physical || link_local(e)) && !have_physical) {
      have_physical = e.physical = true;
      e.labelled = false;
      continue;
    }
    e.physical = false;
    if (e.labelled) claims.emplace_back(e.unit, i);
  }
  std::sort(claims.begin(), claims.end());
  std::vector<uint32_t> taken;
  for (std::size_t k = 0; k < claims.size(); ++k) {
    if (k > 0 && claims[k].first == claims[k - 1].first) at(claims[k].second).labelled = false;
    else taken.push_back(claims[k].first);
  }
  claims = {};
  auto t = taken.begin();
  uint32_t next = 1;
  for (uint32_t i = 0; i < n; ++i) {
    E& e = at(i);
    if (e.physical || e.labelled) continue;
    if (v6 && !have_physical) {
      have_physical = e.physical = true;
      continue;
    }
    for (; t != taken.end() && *t <= next; ++t)
      if (*t == next) ++next;
    e.unit = next++;
  }
}

// Numbers the entries, then sorts them by address for name(); false when
// one came twice.
template <class E>
bool number_and_sort(std::vector<E>& entries, bool v6) {
  number_family(entries, v6);
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
  const bool v4_once = number_and_sort(v4_, false);
  return number_and_sort(v6_, true) && v4_once;
}

std::optional<std::string> LinkUnits::name(const InetAddr& local) const {
  if (local.family == AF_INET) return first_named(v4_, local.v4(), link_);
  return first_named(v6_, local.bytes, link_);
}

}  // namespace solnet
