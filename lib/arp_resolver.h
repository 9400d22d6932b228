// Host names for arp: the interface to the system's resolver (getaddrinfo
// and getnameinfo in src/; a table in tests), and HOST words resolved the
// way both illumos and net-tools arp take them: a dotted quad, else a name.
#pragma once

#include <optional>
#include <string>

#include "inet_addr.h"
#include "result.h"

namespace solnet {

class HostResolver {
 public:
  virtual ~HostResolver() = default;
  // The IPv4 address of a host name, or of a numeric form inet_aton takes
  // ("10.1"); nullopt when there is none.
  virtual std::optional<InetAddr> address_of(const std::string& name) = 0;
  // The name of an address (reverse lookup); nullopt when there is none.
  virtual std::optional<std::string> name_of(const InetAddr& a) = 0;
  // The domain of this host's own name, after its first '.'; "" if none.
  virtual std::string local_domain() = 0;
};

// "HOST: unknown host" (illumos' words) when nothing resolves.
Result<InetAddr> resolve_host(const std::string& word, HostResolver& r);

}  // namespace solnet
