// What `route monitor` prints for each routing message, in route(1M)'s
// layout; the messages are rtnetlink's.
#pragma once

#include <cstdint>
#include <string>

#include "lib/common/kernel_model.h"
#include "lib/common/name_lookup.h"
#include "lib/common/route_model.h"

namespace solnet {

// got message of size 60
// RTM_ADD: Add Route: len 60, pid: 4242, seq 1, errno 0, flags:<UP,GATEWAY,DONE,STATIC>
// locks:  inits:
// sockaddrs: <DST,GATEWAY,NETMASK,IFP>
//  10.9.0.0 172.16.3.200 255.255.0.0 eth0
std::string render_monitor(const MonitorEvent& e, bool numeric, NameLookup& names);

// The same without the "got message" line: what `route -v` prints for
// each request it sends.
std::string render_message(const MonitorEvent& e, bool numeric, NameLookup& names);

}  // namespace solnet
