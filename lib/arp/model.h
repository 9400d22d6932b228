// The IPv4 neighbour (ARP) table as arp sees it: kernel entries as the
// netlink reader delivers them, and the rows the renderers print, which
// join each entry with its interface.
#pragma once

#include <linux/neighbour.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lib/common/ether_addr.h"
#include "lib/common/inet_addr.h"
#include "lib/common/kernel_model.h"

namespace solnet {

// NDA_PROTOCOL value that marks an entry set with the Solaris `permanent`
// keyword (illumos ATF_AUTHORITY). Linux has no such flag but keeps the
// protocol byte with every entry, so the mark survives between commands.
inline constexpr uint8_t kAuthorityProtocol = 4;  // RTPROT_STATIC

// One kernel entry: a neighbour (RTM_NEWNEIGH) or a proxy entry (NTF_PROXY).
struct Neighbour {
  InetAddr addr;
  int ifindex = 0;       // 0 only for a proxy entry that answers on every link
  HwAddr lladdr;         // empty when unresolved, and for proxy entries
  uint16_t state = 0;    // NUD_*; 0 for proxy entries
  bool proxy = false;    // published: NTF_PROXY
  uint8_t protocol = 0;  // NDA_PROTOCOL
};

// Links whose proxy_arp setting is on: they answer for every address they
// route elsewhere (net-tools `netmask 0.0.0.0 pub`).
struct ProxyArp {
  bool all = false;           // net.ipv4.conf.all.proxy_arp
  std::vector<int> ifindexes; // links with their own setting on
};

// A row to print: the entry and the facts of its link.
struct ArpEntry {
  InetAddr addr;
  std::string ifname;        // "" for a proxy entry on every link
  unsigned short hwtype = 0; // ARPHRD_* of the link; 0 when there is none
  HwAddr lladdr;             // the resolved address; for a proxy entry the
                             // link's own, which is what the kernel answers
  uint16_t state = 0;
  bool proxy = false;
  bool authority = false;    // set with the Solaris `permanent` keyword
  bool whole_link = false;   // proxy_arp on the link: every address it
                             // routes elsewhere (addr is 0.0.0.0)
  std::optional<std::string> hostname;  // reverse lookup, when asked for
};

// The rows a command line selects: HOST, -i IF, -H HW.
struct ArpFilter {
  std::optional<InetAddr> host;
  std::optional<std::string> device;  // "*" selects proxy entries of every link
  std::optional<int> hwtype;
  bool matches(const ArpEntry& e) const;
};

// NUD_VALID: the entry holds a usable link-layer address.
bool is_resolved(uint16_t state);
// Kernel state name as JSON writes it: "reachable", "stale", ..., "none".
std::string state_name(uint16_t state);

// The row of kernel entry `n` on `link` (null: no such link) into `e`,
// whose strings and vectors keep their memory from one row to the next.
void join_entry(const Neighbour& n, const Link* link, ArpEntry& e);
// The row of a link with proxy_arp on (null: "all") into `e`.
void whole_link_entry(const Link* link, ArpEntry& e);

}  // namespace solnet
