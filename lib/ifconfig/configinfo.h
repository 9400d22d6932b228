// configinfo: for a logical interface, the ifconfig arguments that recreate
// it ("v0:1 inet plumb 10.0.0.2 netmask 0xffffff00 broadcast 10.0.0.255
// up", "v0:1 inet6 plumb 2001:db8::2/64 up"), as illumos prints them;
// replaying every line with `ifconfig LINE` on the same links gives the
// same addresses, labels, masks, broadcasts, flags, MTUs, metrics, tokens
// and logical units.
#pragma once

#include <string>

#include "lib/ifconfig/lif.h"

namespace solnet {

// One line, newline-terminated. The physical interface's line carries the
// link's settings (mtu, -arp ... on IPv4's; the IPv6 MTU and token on
// IPv6's); a logical interface's line ends in up or down by whether its
// address is in the kernel.
std::string configinfo_line(const Lif& lif);

}  // namespace solnet
