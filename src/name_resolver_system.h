// NameResolver over the C library: hosts through getaddrinfo (arp's
// host_address), networks(5) through getnetbyname, so nsswitch.conf decides
// where names come from.
#pragma once

#include "name_resolver.h"
#include "neigh_resolver.h"

namespace solnet {

class SystemNameResolver : public NameResolver {
 public:
  std::optional<InetAddr> host4(const std::string& name) override;
  std::optional<InetAddr> network4(const std::string& name) override;
  std::optional<InetAddr> host6(const std::string& name) override;

 private:
  SystemResolver hosts_;
};

}  // namespace solnet
