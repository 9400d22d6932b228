// ifconfig's JSON document (schema: ifconfig.schema.json).
#pragma once

#include <string>
#include <vector>

#include "lib/common/json_writer.h"
#include "lib/ifconfig/lif.h"

namespace solnet {

inline constexpr int kIfconfigSchemaVersion = 1;

// {"schema_version": 1, "interfaces": [...]}: one line, newline-terminated.
std::string render_json(const std::vector<Lif>& lifs);

// One member of "interfaces".
void write_lif_json(JsonWriter& w, const Lif& l);

}  // namespace solnet
