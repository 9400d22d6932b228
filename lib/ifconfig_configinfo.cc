#include "ifconfig_configinfo.h"

#include <cstdio>

#include "ifconfig_keywords.h"
#include "sol_flags.h"

namespace solnet {

std::string configinfo_line(const Lif& l) {
  std::string s = l.name + " inet plumb";
  if (!l.unit) s += " mtu " + std::to_string(l.mtu);
  if (!l.unit && !l.usesrc.empty()) s += " usesrc " + l.usesrc;
  if (l.address) {
    s += " " + l.address->str();
    if (l.destination) s += " " + l.destination->str();
    char mask[16];
    std::snprintf(mask, sizeof mask, "0x%08x", static_cast<unsigned>(prefix_to_mask4(l.prefixlen)));
    s += std::string(" netmask ") + mask;
    if (l.broadcast) s += " broadcast " + l.broadcast->str();
    // Setting the address would give it the default broadcast address.
    else if ((l.flags & sflag::BROADCAST) && !l.destination) s += " -broadcast";
    if (l.metric) s += " metric " + std::to_string(l.metric);
  }
  for (const auto& k : ifconfig_keywords()) {
    if (!k.configinfo || (k.op == IfOp::link_flag && l.unit)) continue;
    if (((l.flags & k.flag) != 0) == k.on) s += " " + std::string(k.info.name);
  }
  const bool up = l.unit ? l.installed && l.address : (l.flags & sflag::UP) != 0;
  s += up ? " up\n" : " down\n";
  return s;
}

}  // namespace solnet
