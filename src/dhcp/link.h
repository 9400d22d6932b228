// What DHCP control changes on a link besides the client: up/down, and the
// default routes of a former primary.
#pragma once

#include "lib/common/kernel_model.h"
#include "lib/common/result.h"

namespace solnet {

class DhcpLinks {
 public:
  virtual ~DhcpLinks() = default;
  virtual Status set_up(const Link& link, bool up) = 0;
  // Deletes the IPv4 default routes out of `link` that a DHCP client
  // installed (protocol "dhcp"). A client that stops keeping its
  // configuration leaves them behind, so a former primary's restart would
  // not take them away.
  virtual Status remove_dhcp_default_routes(const Link& link) = 0;
};

class NetlinkDhcpLinks : public DhcpLinks {
 public:
  Status set_up(const Link& link, bool up) override;
  Status remove_dhcp_default_routes(const Link& link) override;
};

}  // namespace solnet
