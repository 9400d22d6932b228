#include "lib/common/addr_dump.h"

#include <unordered_set>

namespace solnet {

namespace {

struct Key {
  int ifindex, family, prefixlen;
  InetAddr local, peer;
  bool operator==(const Key&) const = default;
};

struct KeyHash {
  std::size_t operator()(const Key& k) const {
    // FNV-1a over what tells two entries apart most often
    uint64_t h = 1469598103934665603ull;
    auto mix = [&](const void* p, std::size_t n) {
      for (std::size_t i = 0; i < n; ++i) h = (h ^ static_cast<const uint8_t*>(p)[i]) * 1099511628211ull;
    };
    mix(&k.ifindex, sizeof k.ifindex);
    mix(k.local.bytes.data(), k.local.size());
    mix(k.peer.bytes.data(), k.peer.size());
    mix(&k.prefixlen, sizeof k.prefixlen);
    return h;
  }
};

}  // namespace

// A hash set, not a sort: a change on a link of 20,000 addresses reads them
// all, and this check runs on every dump.
bool repeats_an_address(std::span<const Addr> addrs) {
  std::unordered_set<Key, KeyHash> seen;
  seen.reserve(addrs.size());
  for (const Addr& a : addrs)
    if (!seen.insert({a.ifindex, a.family, a.prefixlen, a.local, a.peer.value_or(a.local)}).second) return true;
  return false;
}

}  // namespace solnet
