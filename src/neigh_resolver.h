// HostResolver through the C library: getaddrinfo, getnameinfo and
// gethostname, so /etc/hosts and nsswitch.conf apply as for any program.
#pragma once

#include "arp_resolver.h"

namespace solnet {

class SystemResolver : public HostResolver {
 public:
  std::optional<InetAddr> address_of(const std::string& name) override;
  std::optional<std::string> name_of(const InetAddr& a) override;
  std::string local_domain() override;
};

}  // namespace solnet
