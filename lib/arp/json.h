// arp's JSON document (schema: arp.schema.json).
#pragma once

#include <string>
#include <vector>

#include "lib/arp/model.h"

namespace solnet {

inline constexpr int kArpSchemaVersion = 1;

// {"schema_version": 1, "entries": [...]}: one line, newline-terminated.
std::string render_arp_json(const std::vector<ArpEntry>& entries);

}  // namespace solnet
