#include "lib/common/name_lookup.h"

#include <sys/socket.h>

namespace solnet {

std::optional<InetAddr> host_addr(NameLookup& names, std::string_view word, int family) {
  // gethostbyname2 reads decimal and octal numbers itself, not hexadecimal.
  if (family == AF_INET)
    if (auto a = parse_inet_aton_exact(word)) return a;
  auto all = names.host_addrs(word, family);
  if (all.empty()) return std::nullopt;
  return all.front();
}

std::optional<InetAddr> network_addr(NameLookup& names, std::string_view name) {
  auto net = names.net_number(name);
  if (!net) return std::nullopt;
  return net_number_addr(*net);
}

}  // namespace solnet
