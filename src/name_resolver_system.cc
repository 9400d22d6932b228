#include "name_resolver_system.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace solnet {

std::optional<InetAddr> SystemNameResolver::host4(const std::string& name) { return hosts_.address_of(name); }

std::optional<InetAddr> SystemNameResolver::network4(const std::string& name) {
  const netent* n = getnetbyname(name.c_str());
  if (!n || n->n_addrtype != AF_INET) return std::nullopt;
  in_addr a = inet_makeaddr(n->n_net, 0);
  return InetAddr::from_bytes(AF_INET, &a);
}

std::optional<InetAddr> SystemNameResolver::host6(const std::string& name) {
  addrinfo hints{};
  hints.ai_family = AF_INET6;
  hints.ai_socktype = SOCK_DGRAM;  // one answer per address, not one per socket type
  addrinfo* res = nullptr;
  if (getaddrinfo(name.c_str(), nullptr, &hints, &res) != 0 || !res) return std::nullopt;
  const auto* sin6 = reinterpret_cast<const sockaddr_in6*>(res->ai_addr);
  InetAddr a = InetAddr::from_bytes(AF_INET6, &sin6->sin6_addr);
  freeaddrinfo(res);
  return a;
}

}  // namespace solnet
