// Turning RTM_NEWLINK and RTM_NEWADDR messages into the model.
#pragma once

#include <linux/netlink.h>

#include <optional>

#include "lib/common/kernel_model.h"

namespace solnet {

std::optional<Link> parse_link(const nlmsghdr* h);
std::optional<Addr> parse_addr(const nlmsghdr* h);

// An address attribute of `family` (4 or 16 bytes); nullopt when absent or
// of another size. Route messages read theirs with it too.
std::optional<InetAddr> addr_attr(const nlattr* a, int family);

}  // namespace solnet
