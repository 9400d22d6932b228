#include "name_resolver_system.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

namespace solnet {

std::optional<InetAddr> SystemNameResolver::host4(const std::string& name) { return hosts_.address_of(name); }

std::optional<InetAddr> SystemNameResolver::network4(const std::string& name) {
  const netent* n = getnetbyname(name.c_str());
  if (!n || n->n_addrtype != AF_INET) return std::nullopt;
  in_addr a = inet_makeaddr(n->n_net, 0);
  return InetAddr::from_bytes(AF_INET, &a);
}

std::optional<InetAddr> SystemNameResolver::host6(const std::string& name) { return host_address(name, AF_INET6); }

}  // namespace solnet
