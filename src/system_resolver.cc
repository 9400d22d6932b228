#include "system_resolver.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace solnet {

std::optional<InetAddr> SystemResolver::host4(const std::string& name) {
  addrinfo hints{};
  hints.ai_family = AF_INET;
  hints.ai_socktype = SOCK_DGRAM;
  // No AI_ADDRCONFIG: a box without IPv4 yet is exactly where boot scripts
  // look their own name up.
  addrinfo* res = nullptr;
  if (getaddrinfo(name.c_str(), nullptr, &hints, &res) != 0 || !res) return std::nullopt;
  const auto* sin = reinterpret_cast<const sockaddr_in*>(res->ai_addr);
  InetAddr a = InetAddr::from_bytes(AF_INET, &sin->sin_addr);
  freeaddrinfo(res);
  return a;
}

std::optional<InetAddr> SystemResolver::network4(const std::string& name) {
  const netent* n = getnetbyname(name.c_str());
  if (!n || n->n_addrtype != AF_INET) return std::nullopt;
  in_addr a = inet_makeaddr(n->n_net, 0);
  return InetAddr::from_bytes(AF_INET, &a);
}

}  // namespace solnet
