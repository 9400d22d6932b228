#include "lib/arp/host.h"

#include <sys/socket.h>

#include "lib/common/escape.h"

namespace solnet {

Result<ArpHost> resolve_host(const std::string& word, NameLookup& names) {
  if (auto a = host_addr(names, word, AF_INET)) return ArpHost{word, *a};
  return error(printable(word) + ": unknown host");
}

}  // namespace solnet
