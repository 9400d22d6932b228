#include "src/common/nss_lookup.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace solnet {

std::optional<std::string> NssLookup::host_name(const InetAddr& addr) {
  if (addr.is_v4()) {
    // gethostbyaddr(), as net-tools and route(1M) ask.
    const hostent* h = gethostbyaddr(addr.bytes.data(), 4, AF_INET);
    if (!h || !h->h_name) return std::nullopt;
    return std::string(h->h_name);
  }
  sockaddr_in6 sin6{};
  sin6.sin6_family = AF_INET6;
  std::memcpy(&sin6.sin6_addr, addr.bytes.data(), 16);
  char host[NI_MAXHOST];
  if (getnameinfo(reinterpret_cast<sockaddr*>(&sin6), sizeof sin6, host, sizeof host, nullptr, 0, NI_NAMEREQD) != 0)
    return std::nullopt;
  return std::string(host);
}

std::optional<std::string> NssLookup::net_name(uint32_t net) {
  const netent* n = getnetbyaddr(net, AF_INET);
  if (!n || !n->n_name) return std::nullopt;
  return std::string(n->n_name);
}

std::vector<InetAddr> NssLookup::host_addrs(std::string_view name, int family) {
  std::vector<InetAddr> out;
  const std::string z(name);
  const hostent* h = gethostbyname2(z.c_str(), family);
  if (!h || h->h_addrtype != family) return out;
  for (char** p = h->h_addr_list; *p; ++p) out.push_back(InetAddr::from_bytes(family, *p));
  return out;
}

std::optional<uint32_t> NssLookup::net_number(std::string_view name) {
  const std::string z(name);
  const netent* n = getnetbyname(z.c_str());
  if (!n || n->n_addrtype != AF_INET) return std::nullopt;
  return n->n_net;
}

std::string NssLookup::local_domain() {
  char buf[256] = {};
  if (gethostname(buf, sizeof buf - 1) != 0) return "";
  const char* dot = std::strchr(buf, '.');
  return dot ? dot + 1 : "";
}

}  // namespace solnet
