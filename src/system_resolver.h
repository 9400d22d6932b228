// NameResolver over the C library: getaddrinfo for hosts, getnetbyname for
// networks(5), so nsswitch.conf decides where names come from.
#pragma once

#include "name_resolver.h"

namespace solnet {

class SystemResolver : public NameResolver {
 public:
  std::optional<InetAddr> host4(const std::string& name) override;
  std::optional<InetAddr> network4(const std::string& name) override;
};

}  // namespace solnet
