// HOST words resolved the way both illumos and net-tools arp take them: an
// IPv4 number, else a host name.
#pragma once

#include <string>

#include "inet_addr.h"
#include "name_lookup.h"
#include "result.h"

namespace solnet {

// "HOST: unknown host" (illumos' words) when nothing resolves.
Result<InetAddr> resolve_host(const std::string& word, NameLookup& names);

}  // namespace solnet
