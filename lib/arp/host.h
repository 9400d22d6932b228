// HOST words resolved the way both illumos and net-tools arp take them: an
// IPv4 number, else a host name.
#pragma once

#include <string>

#include "lib/common/inet_addr.h"
#include "lib/common/name_lookup.h"
#include "lib/common/result.h"

namespace solnet {

// A HOST word and its address; messages print the word as given.
struct ArpHost {
  std::string word;
  InetAddr addr;
};

// "HOST: unknown host" (illumos' words) when nothing resolves.
Result<ArpHost> resolve_host(const std::string& word, NameLookup& names);

}  // namespace solnet
