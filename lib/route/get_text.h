// The block `route get` prints (illumos print_getmsg()).
#pragma once

#include <string>

#include "lib/common/inet_addr.h"
#include "lib/common/name_lookup.h"
#include "lib/common/route_model.h"

namespace solnet {

struct GetFacts {
  std::string interface;  // the logical interface of the route's source, else the link; "" for none
  unsigned link_mtu = 0;  // the mtu column when the route sets none
};

//    route to: ASKED
// destination: D
//        mask: M
//     gateway: G           (routes through a gateway)
//      setsrc: S           (routes with a chosen source)
//   interface: I
//       flags: <UP,GATEWAY,DONE,STATIC>
//  recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire
//        0         0         0         0         0         0      1500         0
// recvpipe is the TCP window clamp; Linux has no sendpipe; an L after a
// value marks a locked metric.
std::string render_get(const InetAddr& asked, const Route& r, const GetFacts& facts, bool numeric, NameLookup& names);

}  // namespace solnet
