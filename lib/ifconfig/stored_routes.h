// The routes a link's store record holds (StoredLink::routes) as JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "lib/common/route_model.h"

namespace solnet {

nlohmann::json stored_routes_json(const std::vector<Route>& routes);
// Entries that do not make a route are dropped; a value of the wrong JSON
// type throws nlohmann::json::exception, as the rest of the store does.
std::vector<Route> stored_routes_from(const nlohmann::json& j);

}  // namespace solnet
