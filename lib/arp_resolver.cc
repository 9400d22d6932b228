#include "arp_resolver.h"

#include <sys/socket.h>

#include "escape.h"

namespace solnet {

Result<InetAddr> resolve_host(const std::string& word, HostResolver& r) {
  if (auto a = parse_inet(word, AF_INET)) return *a;
  if (auto a = r.address_of(word)) return *a;
  return error(printable(word) + ": unknown host");
}

}  // namespace solnet
