// Turning RTM_NEWLINK and RTM_NEWADDR messages into the model.
#pragma once

#include <linux/netlink.h>

#include <optional>

#include "kernel_model.h"

namespace solnet {

std::optional<Link> parse_link(const nlmsghdr* h);
std::optional<Addr> parse_addr(const nlmsghdr* h);

}  // namespace solnet
