// Names for addresses: the hosts and networks databases, behind an
// interface so that parsing stays pure and tests need no resolver.
#pragma once

#include <optional>
#include <string>

#include "inet_addr.h"

namespace solnet {

class NameResolver {
 public:
  virtual ~NameResolver() = default;
  // The IPv4 address of a host name (hosts(5), DNS ...); nullopt if unknown.
  virtual std::optional<InetAddr> host4(const std::string& name) = 0;
  // The network number of a networks(5) name, as inet_makeaddr gives it
  // ("loopback 127" is 127.0.0.0); nullopt if unknown.
  virtual std::optional<InetAddr> network4(const std::string& name) = 0;
  // The IPv6 address of a host name; nullopt if unknown.
  virtual std::optional<InetAddr> host6(const std::string& name) = 0;
};

}  // namespace solnet
