// Host and network names (hosts(5), networks(5), DNS) behind an interface,
// so that parsing and rendering stay pure and tests can answer for the
// resolver (lib/fake_names.h). src/nss_lookup.h asks the C library.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lib/common/inet_addr.h"

namespace solnet {

class NameLookup {
 public:
  virtual ~NameLookup() = default;
  // The canonical name of a host address (gethostbyaddr, getnameinfo).
  virtual std::optional<std::string> host_name(const InetAddr& addr) = 0;
  // The name of a network number in host byte order (getnetbyaddr).
  virtual std::optional<std::string> net_name(uint32_t net) = 0;
  // Every address of a host name in one family (gethostbyname2), in the
  // database's order; empty when the name is unknown.
  virtual std::vector<InetAddr> host_addrs(std::string_view name, int family) = 0;
  // The network number of a network name, host byte order (getnetbyname).
  virtual std::optional<uint32_t> net_number(std::string_view name) = 0;
  // This host's domain (the part of its name after the first dot), which
  // route(1M) and arp -a leave off the names they print; "" when none.
  virtual std::string local_domain() = 0;
};

// The address of a host word in one family (AF_INET, AF_INET6): an IPv4
// number in any form getaddrinfo(3) takes ("10.1", "0xa000001"), else the
// first address of the name; nullopt when there is none.
std::optional<InetAddr> host_addr(NameLookup& names, std::string_view word, int family);

// The network a networks(5) name stands for, widened as inet_makeaddr(3)
// does ("loopback 127" is 127.0.0.0); nullopt when the name is unknown.
std::optional<InetAddr> network_addr(NameLookup& names, std::string_view name);

}  // namespace solnet
