// The configuration of one address family of one link as a command changes
// it: the link and its logical interfaces, each knowing the kernel address
// it stands for.
// Built from the kernel and the state store; the fold turns the current
// configuration into the desired one and the plan diffs the two.
#pragma once

#include <sys/socket.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lib/common/inet_addr.h"
#include "lib/common/kernel_model.h"
#include "lib/ifconfig/lif_store.h"

namespace solnet {

struct LifConf {
  std::optional<unsigned> unit;       // absent: the physical interface
  std::optional<std::size_t> kernel;  // its kernel address, as an index in LinkConf::addrs
  InetAddr address;                   // family 0: no address
  int prefixlen = 0;
  std::optional<InetAddr> broadcast;
  std::optional<InetAddr> destination;
  uint32_t metric = 0;
  uint64_t flags = 0;                 // flags only the state store holds (PRIVATE ...), and
                                      // IPv6's DEPRECATED (the kernel's preferred lifetime 0)
  bool up = false;                    // logical interfaces: marked up (the address, once it
                                      // has one, is in the kernel)

  bool addressed() const { return address.family != 0; }
  // In the kernel: the physical interface whenever it has an address (its
  // up and down are the link's), a logical one when it is also up.
  bool installed() const { return addressed() && (!unit || up); }
};

struct LinkConf {
  int family = AF_INET;
  Link link;                   // flags, mtu, hwaddr, txqlen: as they are or should be
  bool inet_unplumbed = false; // the family is unplumbed (inet6: disable_ipv6)
  std::vector<Addr> addrs;     // the kernel's addresses of the family on the link, in kernel order
  std::vector<LifConf> lifs;   // the physical interface first, then logical ones by unit
  std::string usesrc;          // the interface whose address packets out of this one take ("": none)

  LifConf& physical() { return lifs.front(); }
  const LifConf& physical() const { return lifs.front(); }
  LifConf* find(std::optional<unsigned> unit);
  const LifConf* find(std::optional<unsigned> unit) const;
  std::string name(const LifConf& lif) const;
  std::vector<unsigned> units() const;
};

// The configuration as the kernel (`addrs`: the link's addresses of
// `family`) and the store (`stored` may be null) have it, with the units
// `ifconfig -a` shows.
LinkConf build_link_conf(const Link& link, std::vector<Addr> addrs, const StoredLink* stored,
                         int family = AF_INET);

// The broadcast address Solaris and Linux give an address by default: the
// host part all ones, on broadcast links, for prefixes shorter than /31.
std::optional<InetAddr> default_broadcast(const Link& link, const InetAddr& addr, int prefixlen);

}  // namespace solnet
