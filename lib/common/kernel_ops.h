// Changes to the kernel as plain data: what a plan asks the Kernel
// interface (src/kernel.h) to do, one operation at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "lib/common/ether_addr.h"
#include "lib/common/kernel_model.h"

namespace solnet {

// A change to one link; only what is set is sent.
struct LinkChange {
  int index = 0;
  unsigned flags = 0;   // the new values of the IFF_* bits in `change`
  unsigned change = 0;
  std::optional<unsigned> mtu;
  std::optional<HwAddr> hwaddr;
  std::optional<unsigned> txqlen;
  std::optional<InetAddr> token6;  // IFLA_INET6_TOKEN; "::" clears it
};

// A per-interface setting that only /proc/sys/net/ipv{4,6}/conf/IF/KEY
// changes with all its effects (forwarding, disable_ipv6, the IPv6 MTU).
struct ConfChange {
  int family = 0;
  std::string ifname;
  std::string key;  // "forwarding", "disable_ipv6", "mtu"
  uint32_t value = 0;
};

// note_routes and restore_routes keep the static routes of a link across
// the operations between them (lib/ifconfig/route_keep.h).
enum class KernelOpKind { set_link, add_addr, del_addr, replace_addr, set_conf, note_routes, restore_routes };

struct KernelOp {
  KernelOpKind kind;
  LinkChange link;   // set_link
  Addr addr;         // the address operations: the whole address, label included;
                     // note_routes: addr.family, the family of the routes to note (0: both)
  std::string what;  // for a refusal: "v0: cannot set mtu 9000"
  ConfChange conf{}; // set_conf
  std::string link_name{};  // note_routes, restore_routes (with link.index)
};

}  // namespace solnet
