// route's JSON document (schema: route_json.schema.json), for the table
// displays and `route get`.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "route_model.h"

namespace solnet {

inline constexpr int kRouteSchemaVersion = 1;

struct RouteEntry {
  Route route;
  // The logical interface whose address is the route's preferred source
  // ("eth0:1"), as ifconfig names it.
  std::optional<std::string> logical_interface;
};

nlohmann::json route_to_json(const RouteEntry& e);
// {"schema_version": 1, "routes": [...]}
nlohmann::json render_route_json(const std::vector<RouteEntry>& routes);

}  // namespace solnet
