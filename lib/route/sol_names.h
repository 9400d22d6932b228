// How route(1M) names addresses in what it prints: routename() for hosts,
// masks and gateways, netname() for networks.
#pragma once

#include <string>

#include "lib/common/inet_addr.h"
#include "lib/common/name_lookup.h"

namespace solnet {

// "default" for the zero address; else, unless numeric, the host name
// (without this host's own domain); else the numeric address.
std::string sol_routename(const InetAddr& a, bool numeric, NameLookup& names);

// IPv4: "default" for 0; unless numeric, the networks(5) name of the
// network under a mask guessed from the address class; else the address
// with trailing zero octets left off ("10.9" for 10.9.0.0). IPv6: as
// sol_routename().
std::string sol_netname(const InetAddr& a, bool numeric, NameLookup& names);

}  // namespace solnet
