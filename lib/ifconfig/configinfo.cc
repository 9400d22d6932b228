#include "lib/ifconfig/configinfo.h"

#include <sys/socket.h>

#include <cstdio>

#include "lib/ifconfig/keywords.h"
#include "lib/ifconfig/sol_flags.h"

namespace solnet {

std::string configinfo_line(const Lif& l) {
  const bool v6 = l.family == AF_INET6;
  std::string s = l.name + (v6 ? " inet6 plumb" : " inet plumb");
  if (!l.unit) s += " mtu " + std::to_string(l.mtu);
  if (!l.unit && !l.usesrc.empty()) s += " usesrc " + l.usesrc;
  if (l.address) {
    s += " " + l.address->str();
    if (v6) s += "/" + std::to_string(l.prefixlen);
    if (l.destination) s += " " + l.destination->str();
    if (!v6) {
      char mask[16];
      std::snprintf(mask, sizeof mask, "0x%08x", static_cast<unsigned>(prefix_to_mask4(l.prefixlen)));
      s += std::string(" netmask ") + mask;
      if (l.broadcast) s += " broadcast " + l.broadcast->str();
      // Setting the address would give it the default broadcast address.
      else if ((l.flags & sflag::BROADCAST) && !l.destination) s += " -broadcast";
    }
    if (l.metric) s += " metric " + std::to_string(l.metric);
  }
  if (l.token.family) s += " token " + l.token.str() + "/64";
  for (const auto& k : ifconfig_keywords()) {
    if (!k.configinfo || !(k.families & (v6 ? kFamInet6 : kFamInet))) continue;
    // Settings of the whole link go on its physical interface's line, and
    // the link's own flags on IPv4's only.
    if ((k.op == IfOp::link_flag && (l.unit || v6)) || (k.op == IfOp::router && l.unit)) continue;
    if (((l.flags & k.flag) != 0) == k.on) s += " " + std::string(k.info.name);
  }
  const bool up = l.unit ? l.lif_up : (l.flags & sflag::UP) != 0;
  s += up ? " up\n" : " down\n";
  return s;
}

}  // namespace solnet
