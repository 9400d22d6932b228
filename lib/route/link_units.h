// The names ifconfig gives a link's addresses (build_lifs) when the state
// store holds no record of the link, from the addresses alone and without
// a Lif per address: `route --json` names the preferred sources of routes
// on links of 50,000 addresses. The physical interface is IPv4's first
// address labelled with the link's name and IPv6's oldest link-local (else
// its oldest address); labels "link:N" give unit N to their first address;
// the other addresses take the lowest free units in order (IPv6 oldest
// first).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lib/common/inet_addr.h"

namespace solnet {

class LinkUnits {
 public:
  explicit LinkUnits(std::string link_name) : link_(std::move(link_name)) {}

  // The link's addresses in kernel order; `peer` is the address itself
  // when it has none.
  void add(const InetAddr& local, const InetAddr& peer, int prefixlen, std::string_view label);
  // Numbers the addresses added. False when one came twice: the dump was
  // interrupted without the kernel saying so.
  bool number();
  // The name of the logical interface whose address is `local` (the
  // first in ifconfig's order when several have it).
  std::optional<std::string> name(const InetAddr& local) const;

  // One address: IPv4 in 16 bytes, IPv6 in 40.
  template <class A>
  struct Entry {
    A local;
    A peer;
    uint32_t unit;  // IPv4 "link:N": N until numbered
    uint8_t prefixlen;
    bool physical;
    bool labelled;
  };
  using V4 = Entry<uint32_t>;
  using V6 = Entry<std::array<uint8_t, 16>>;

 private:
  std::string link_;
  std::vector<V4> v4_;  // kernel order until numbered, then by address
  std::vector<V6> v6_;
};

}  // namespace solnet
