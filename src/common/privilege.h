// Whether this process may change network configuration.
#pragma once

namespace solnet {

// True when the effective capability set holds CAP_NET_ADMIN. Commands
// check it before changing anything, so that an unprivileged run fails
// whole instead of half-way.
bool has_net_admin();

}  // namespace solnet
