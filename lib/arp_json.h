// arp's JSON document (schema: arp_json.schema.json).
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "arp_model.h"

namespace solnet {

inline constexpr int kArpSchemaVersion = 1;

nlohmann::json arp_entry_json(const ArpEntry& e);
// {"schema_version": 1, "entries": [...]}
nlohmann::json render_arp_json(const std::vector<ArpEntry>& entries);

}  // namespace solnet
