// ifconfig's JSON document (schema: ifconfig_json.schema.json).
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "lif.h"

namespace solnet {

inline constexpr int kIfconfigSchemaVersion = 1;

nlohmann::json lif_to_json(const Lif& lif);
// {"schema_version": 1, "interfaces": [...]}
nlohmann::json render_json(const std::vector<Lif>& lifs);

}  // namespace solnet
