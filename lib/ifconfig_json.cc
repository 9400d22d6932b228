#include "ifconfig_json.h"

#include <sys/socket.h>

#include "sol_flags.h"

namespace solnet {

using nlohmann::json;

static json opt_addr(const std::optional<InetAddr>& a) {
  return a ? json(a->str()) : json(nullptr);
}

json lif_to_json(const Lif& l) {
  json names = json::array();
  for (auto n : sflag::names(l.flags)) names.push_back(n);
  const bool v4 = l.family == AF_INET;
  return {
      {"name", l.name},
      {"physical", l.phys},
      {"unit", l.unit ? json(*l.unit) : json(nullptr)},
      {"family", v4 ? "inet" : "inet6"},
      {"flags", {{"value", l.flags}, {"names", std::move(names)}}},
      {"up", (l.flags & sflag::UP) != 0},
      {"index", l.index},
      {"mtu", l.mtu},
      {"metric", l.metric},
      {"address", opt_addr(l.address)},
      {"prefix_length", l.prefixlen},
      {"netmask", prefix_to_mask(l.family, l.prefixlen).str()},
      {"broadcast", opt_addr(l.broadcast)},
      {"destination", opt_addr(l.destination)},
      {"ether", l.ether ? json(ether_colon(*l.ether)) : json(nullptr)},
      {"label", v4 && l.installed && l.address ? json(l.label) : json(nullptr)},
      {"labelled", l.labelled},
      {"in_kernel", l.installed},
      {"usesrc", l.usesrc.empty() ? json(nullptr) : json(l.usesrc)},
      {"srcof", l.srcof},
  };
}

json render_json(const std::vector<Lif>& lifs) {
  json list = json::array();
  for (const auto& l : lifs) list.push_back(lif_to_json(l));
  return {{"schema_version", kIfconfigSchemaVersion}, {"interfaces", std::move(list)}};
}

}  // namespace solnet
