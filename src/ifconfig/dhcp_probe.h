// What the display needs to know of DHCP: which links a client controls
// (the DHCP flag, and what -adD/-auD leave out). The DHCP client
// (src/dhcp/client.h) answers it; tests fake it.
#pragma once

#include <set>
#include <string>

namespace solnet {

class DhcpProbe {
 public:
  virtual ~DhcpProbe() = default;
  // Every link with a running client, at the cost of one directory read.
  virtual std::set<std::string> running_links() = 0;
  // Whether one link has a running client, without a directory read.
  virtual bool running(const std::string& link) = 0;
};

}  // namespace solnet
