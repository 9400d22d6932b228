// configinfo: for a logical interface, the ifconfig arguments that recreate
// it ("v0:1 inet plumb 10.0.0.2 netmask 0xffffff00 broadcast 10.0.0.255
// up"), as illumos prints them; replaying every line with `ifconfig LINE`
// on the same links gives the same addresses, labels, masks, broadcasts,
// flags, MTUs and metrics.
#pragma once

#include <string>

#include "lif.h"

namespace solnet {

// One line, newline-terminated. The physical interface's line carries the
// link's settings (mtu, -arp ...); a logical interface's line ends in up or
// down by whether its address is in the kernel.
std::string configinfo_line(const Lif& lif);

}  // namespace solnet
