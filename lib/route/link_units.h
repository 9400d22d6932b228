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

 private:
  static constexpr uint32_t kPending = UINT32_MAX;
  struct Entry {
    // The key, in bytes compared at once: the family (4 or 6), the
    // addresses (IPv4 in the first 4 bytes), the prefix length.
    uint8_t family;
    std::array<uint8_t, 16> local;
    std::array<uint8_t, 16> peer;
    uint8_t prefixlen;
    bool physical;
    bool labelled;    // IPv4 "link:N": `unit` holds N
    uint32_t unit;    // kPending until numbered
  };
  static constexpr std::size_t kKeySize = 1 + 16 + 16 + 1;
  static int compare(const Entry& a, const Entry& b);
  void number_family(std::vector<Entry*> fam, bool v6);

  std::string link_;
  std::vector<Entry> entries_;
};

}  // namespace solnet
