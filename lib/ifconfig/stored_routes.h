// The routes a link's store record holds (StoredLink::routes) as JSON.
#pragma once

#include <string>
#include <vector>

#include "lib/common/route_model.h"
#include "lib/ifconfig/indented_json.h"
#include "lib/ifconfig/json_tree.h"

namespace solnet {

// As a JSON array.
void put_stored_routes(IndentedJson& w, const std::vector<Route>& routes);
// One route back, each field checked for its type and range; the first
// problem goes into `problem`, prefixed with `where`.
Route stored_route_from(const JsonTree& j, const std::string& where, std::string& problem);

}  // namespace solnet
