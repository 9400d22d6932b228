#include "arp_json.h"

#include "arp_hwtype.h"

namespace solnet {

using nlohmann::json;

json arp_entry_json(const ArpEntry& e) {
  const bool known = e.proxy || is_resolved(e.state);
  return {
      {"address", e.addr.str()},
      {"interface", e.ifname.empty() ? json(nullptr) : json(e.ifname)},
      {"hw_type", e.ifname.empty() ? json(nullptr) : json(hwtype_name(e.hwtype))},
      {"mac", known && !e.lladdr.empty() ? json(ether_colon(e.lladdr)) : json(nullptr)},
      {"state", state_name(e.state)},
      {"published", e.proxy},
      {"whole_interface", e.whole_link},
      {"authority", e.authority},
      {"hostname", e.hostname ? json(*e.hostname) : json(nullptr)},
  };
}

json render_arp_json(const std::vector<ArpEntry>& entries) {
  json list = json::array();
  for (const auto& e : entries) list.push_back(arp_entry_json(e));
  return {{"schema_version", kArpSchemaVersion}, {"entries", std::move(list)}};
}

}  // namespace solnet
