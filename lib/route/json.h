// route's JSON document (schema: route.schema.json), for the table
// displays and `route get`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lib/common/route_model.h"

namespace solnet {

inline constexpr int kRouteSchemaVersion = 1;

struct RouteEntry {
  Route route;
  // The logical interface whose address is the route's preferred source
  // ("eth0:1"), as ifconfig names it.
  std::optional<std::string> logical_interface;
};

// {"schema_version": 1, "routes": [...]}: one line, newline-terminated.
std::string render_route_json(const std::vector<RouteEntry>& routes);

}  // namespace solnet
