// What `route monitor` prints for each routing message, in route(1M)'s
// layout; the messages are rtnetlink's.
#pragma once

#include <cstdint>
#include <string>

#include "kernel_model.h"
#include "name_lookup.h"
#include "route_model.h"

namespace solnet {

struct MonitorEvent {
  enum class Kind { route_add, route_change, route_delete, addr_add, addr_delete, link, overrun };
  Kind kind = Kind::route_add;
  uint32_t len = 0;  // nlmsg_len
  uint32_t pid = 0;  // nlmsg_pid: the port of the process that asked for the change
  uint32_t seq = 0;  // nlmsg_seq
  Route route;       // route kinds (ifname filled)
  Addr addr;         // address kinds
  std::string addr_ifname;  // the address's logical interface: its label, else the link's name
  Link link;         // link kind
  bool request = false;  // a request route -v shows, not yet DONE by the kernel
};

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
