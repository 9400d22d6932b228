#include "neigh_resolver.h"

#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace solnet {

std::optional<InetAddr> host_address(const std::string& name, int family) {
  addrinfo hints{};
  hints.ai_family = family;
  hints.ai_socktype = SOCK_DGRAM;  // one answer per address, not one per socket type
  addrinfo* res = nullptr;
  if (getaddrinfo(name.c_str(), nullptr, &hints, &res) != 0 || !res) return std::nullopt;
  const auto* sa = res->ai_addr;
  InetAddr a = family == AF_INET6
                   ? InetAddr::from_bytes(family, &reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr)
                   : InetAddr::from_bytes(family, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr);
  freeaddrinfo(res);
  return a;
}

std::optional<InetAddr> SystemResolver::address_of(const std::string& name) { return host_address(name, AF_INET); }

std::optional<std::string> SystemResolver::name_of(const InetAddr& a) {
  sockaddr_in sin{};
  sin.sin_family = AF_INET;
  std::memcpy(&sin.sin_addr, a.bytes.data(), 4);
  char host[NI_MAXHOST];
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&sin), sizeof sin, host, sizeof host, nullptr, 0, NI_NAMEREQD) != 0)
    return std::nullopt;
  return std::string(host);
}

std::string SystemResolver::local_domain() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0) return "";
  const char* dot = std::strchr(name, '.');
  return dot ? std::string(dot + 1) : "";
}

}  // namespace solnet
