#include "lib/route/sol_names.h"

#include <sys/socket.h>

#include "lib/route/printf_text.h"

namespace solnet {

std::string sol_routename(const InetAddr& a, bool numeric, NameLookup& names) {
  if (a.is_zero()) return "default";
  if (!numeric) {
    if (auto name = names.host_name(a)) {
      const std::string domain = names.local_domain();
      auto dot = name->find('.');
      if (dot != std::string::npos && !domain.empty() && name->substr(dot + 1) == domain) name->resize(dot);
      return *name;
    }
  }
  return a.str();
}

std::string sol_netname(const InetAddr& a, bool numeric, NameLookup& names) {
  if (a.family != AF_INET) return sol_routename(a, numeric, names);
  const uint32_t in = a.v4();
  if (in == 0) return "default";
  if (!numeric) {
    // A mask as wide as the address's bits suggest, subnets assumed.
    uint32_t mask;
    int shift;
    if ((in & 0x80000000u) == 0) {
      mask = 0xff000000u;
      shift = 8;
    } else if ((in & 0xc0000000u) == 0x80000000u) {
      mask = 0xffff0000u;
      shift = 8;
    } else {
      mask = 0xffffff00u;
      shift = 4;
    }
    while (in & ~mask) mask = static_cast<uint32_t>(static_cast<int32_t>(mask) >> shift);
    uint32_t net = in & mask;
    while ((mask & 1) == 0) {
      mask >>= 1;
      net >>= 1;
    }
    if (auto name = names.net_name(net)) return *name;
  }
  if ((in & 0xffffff) == 0) return printf_text("%u", in >> 24);
  if ((in & 0xffff) == 0) return printf_text("%u.%u", in >> 24, (in >> 16) & 0xff);
  if ((in & 0xff) == 0) return printf_text("%u.%u.%u", in >> 24, (in >> 16) & 0xff, (in >> 8) & 0xff);
  return a.str();
}

}  // namespace solnet
