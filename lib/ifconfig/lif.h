// Logical interfaces, the unit of everything ifconfig shows: derived from a
// link, its addresses and the state store, never stored as such.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "lib/common/ether_addr.h"
#include "lib/common/inet_addr.h"
#include "lib/common/kernel_model.h"
#include "lib/ifconfig/lif_store.h"

namespace solnet {

struct Lif {
  std::string name;              // "eth0", "eth0:3"
  std::string phys;
  std::optional<unsigned> unit;  // absent for the physical interface
  int family = 0;
  uint64_t flags = 0;            // Solaris flags (sol_flags.h)
  int index = 0;
  unsigned mtu = 0;
  uint32_t metric = 0;
  std::optional<InetAddr> address;  // absent: plumbed without an address
  int prefixlen = 0;
  std::optional<InetAddr> broadcast;
  std::optional<InetAddr> destination;
  std::optional<HwAddr> ether;   // physical stanzas of Ethernet links
  std::string label;             // the kernel's IFA_LABEL ("" for IPv6 and stored lifs)
  bool labelled = false;         // the label names this very interface
  bool installed = true;         // false: kept in the state store (down, or up without an address)
  // Logical interfaces: marked up (its address is in the kernel, or the
  // store keeps it up until it has one). The UP flag also needs the link up.
  bool lif_up = false;
  std::string usesrc;            // IPv4: the interface whose address packets out of this link take
  std::vector<std::string> srcof;  // IPv4: the links that take this one's address
  InetAddr token;                // IPv6 physical stanzas: the link's interface token (zero: none)
};

// What a link has beyond the kernel's link and address messages.
struct LinkExtras {
  bool dhcp = false;     // a DHCP client controls the link
  bool is_vni = false;   // a software-only vni link
};

// The logical interfaces of one link, physical first, then by unit; IPv4
// (family AF_INET or 0) before IPv6 (AF_INET6 or 0). `addrs` are the link's
// addresses in kernel order; `stored` may be null.
//
// Units: the state store's first (IPv6 addresses are pinned there whenever
// an inet6 command changes the link), then IPv4 labels, then the lowest
// free unit, given in order of creation. The IPv6 physical interface is the
// stored one, else the oldest link-local, else the oldest address. Linux
// lists a link's IPv6 addresses newest first within a scope, so the oldest
// are last: new addresses never renumber older ones.
std::vector<Lif> build_lifs(const Link& link, const std::vector<Addr>& addrs,
                            const StoredLink* stored, int family, const LinkExtras& extras);

// The same, each handed to `visit` as it is made (which may take it):
// a display holds one Lif at a time, however many the link has.
using LifVisit = std::function<void(Lif&)>;
void each_lif(const Link& link, std::span<const Addr> addrs, const StoredLink* stored, int family,
              const LinkExtras& extras, const LifVisit& visit);

// Only the stanzas of `unit` (nullopt: the physical interface's), the
// others numbered but never made: what a display of one interface shows.
std::vector<Lif> unit_lifs(const Link& link, std::span<const Addr> addrs, const StoredLink* stored, int family,
                           const LinkExtras& extras, std::optional<unsigned> unit);

// The lowest unit >= first not in `used` (sorted or not).
unsigned lowest_free_unit(const std::vector<unsigned>& used, unsigned first = 1);

// The link's IFF_* bit that a Solaris flag mirrors (NOARP, PROMISC ...),
// or 0 when the flag is not a link flag.
unsigned link_iff_of(uint64_t sflag);

}  // namespace solnet
