#include "lib/common/addr_dump.h"

#include <bit>
#include <cstdint>
#include <vector>

namespace solnet {

namespace {

const InetAddr& peer_of(const Addr& a) { return a.peer ? *a.peer : a.local; }

bool same(const Addr& a, const Addr& b) {
  return a.ifindex == b.ifindex && a.family == b.family && a.local == b.local && peer_of(a) == peer_of(b) &&
         a.prefixlen == b.prefixlen;
}

uint64_t hash(const Addr& a) {
  uint64_t h = 0xcbf29ce484222325u;  // FNV-1a over what same() compares
  const auto mix = [&](uint64_t v) { h = (h ^ v) * 0x100000001b3u; };
  mix(static_cast<uint32_t>(a.ifindex));
  mix(static_cast<uint64_t>(a.family) << 8 | static_cast<uint8_t>(a.prefixlen));
  for (const InetAddr* x : {&a.local, &peer_of(a)})
    for (std::size_t i = 0; i < x->size(); ++i) mix(x->bytes[i]);
  return h;
}

}  // namespace

// A hash table of positions (open addressing): linear in the dump and 8
// bytes an address, where sorting copies of the keys cost N log N and 52.
bool repeats_an_address(std::span<const Addr> addrs) {
  const std::size_t size = std::bit_ceil(addrs.size() * 2 + 2);
  constexpr uint32_t kEmpty = UINT32_MAX;
  std::vector<uint32_t> slots(size, kEmpty);
  for (uint32_t i = 0; i < addrs.size(); ++i) {
    for (std::size_t s = hash(addrs[i]) & (size - 1);; s = (s + 1) & (size - 1)) {
      if (slots[s] == kEmpty) {
        slots[s] = i;
        break;
      }
      if (same(addrs[slots[s]], addrs[i])) return true;
    }
  }
  return false;
}

}  // namespace solnet
