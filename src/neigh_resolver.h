// HostResolver through the C library: getaddrinfo, getnameinfo and
// gethostname, so /etc/hosts and nsswitch.conf apply as for any program.
#pragma once

#include "arp_resolver.h"

namespace solnet {

// The first address of `family` (AF_INET, AF_INET6) that getaddrinfo gives
// for a host name.
std::optional<InetAddr> host_address(const std::string& name, int family);

class SystemResolver : public HostResolver {
 public:
  std::optional<InetAddr> address_of(const std::string& name) override;
  std::optional<std::string> name_of(const InetAddr& a) override;
  std::string local_domain() override;
};

}  // namespace solnet
