// route's JSON document (schema: route.schema.json), for the table
// displays and `route get`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lib/common/json_writer.h"
#include "lib/common/route_model.h"

namespace solnet {

inline constexpr int kRouteSchemaVersion = 1;

struct RouteEntry {
  Route route;
  // The logical interface whose address is the route's preferred source
  // ("eth0:1"), as ifconfig names it.
  std::optional<std::string> logical_interface;
};

// {"routes":[...],"schema_version":1} on one line, appended to `out` a
// route at a time as the dump arrives: the head when made, then route()
// per route, then end().
class RouteJsonWriter {
 public:
  explicit RouteJsonWriter(std::string& out);
  // r.ifname and the next hops' names name their interfaces;
  // `logical_interface` may be null.
  void route(const Route& r, const std::string* logical_interface);
  // The next route is the first again: what followed the head was dropped.
  void rewind() { first_ = true; }
  // The tail and a newline.
  void end();

 private:
  void address(const InetAddr& a);
  void address_or_null(const InetAddr* a);
  void name_or_null(const std::string* n);
  void metrics(const RouteMetrics& m);

  std::string& out_;
  JsonWriter w_;  // at its top level: strings that may need escaping, doubles
  bool first_ = true;
};

// The whole document of `routes`.
std::string render_route_json(const std::vector<RouteEntry>& routes);

}  // namespace solnet
