// Turning RTM_NEWNEIGH and RTM_NEWNETCONF messages into the arp model.
#pragma once

#include <linux/netlink.h>

#include <optional>

#include "lib/arp/model.h"

namespace solnet {

// An IPv4 neighbour or proxy entry; nullopt for anything else.
std::optional<Neighbour> parse_neigh(const nlmsghdr* h);
// The same into `n`, whose link-layer address keeps its memory for the
// next entry of a dump; false (n unspecified) for anything else.
bool decode_neigh(const nlmsghdr* h, Neighbour& n);

struct NetconfProxy {
  int ifindex;  // NETCONFA_IFINDEX_ALL (-1) for "all", _DEFAULT (-2)
  bool on;
};
// The proxy_arp setting an IPv4 RTM_NEWNETCONF carries.
std::optional<NetconfProxy> parse_netconf_proxy(const nlmsghdr* h);

}  // namespace solnet
