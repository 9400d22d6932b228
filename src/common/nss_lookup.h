// NameLookup answered by the C library's name service (hosts, networks,
// DNS as nsswitch.conf says) through the calls net-tools makes:
// gethostbyname2, gethostbyaddr (getnameinfo for IPv6), getnetbyname and
// getnetbyaddr.
#pragma once

#include "lib/common/name_lookup.h"

namespace solnet {

class NssLookup : public NameLookup {
 public:
  std::optional<std::string> host_name(const InetAddr& addr) override;
  std::optional<std::string> net_name(uint32_t net) override;
  std::vector<InetAddr> host_addrs(std::string_view name, int family) override;
  std::optional<uint32_t> net_number(std::string_view name) override;
  std::string local_domain() override;
};

}  // namespace solnet
