#include "src/route/show.h"

#include <linux/rtnetlink.h>

#include "lib/route/json.h"
#include "lib/route/table6_text.h"
#include "src/route/interfaces.h"

namespace solnet {

namespace {

Result<std::vector<Route>> table_of(RouteKernel& routes, int family) {
  if (family == AF_INET6) return routes.routes(AF_INET6, 0);
  auto main = routes.routes(AF_INET, RT_TABLE_MAIN);
  if (!main) return main.error();
  return proc_route_rows(*main);
}

RouteOutput fail(const Error& e) { return {"", "route: " + e.message + "\n", 1}; }

RouteOutput json(RouteContext& ctx, const std::vector<int>& families) {
  auto ifs = RouteInterfaces::read(ctx.kernel, ctx.store, 0);
  if (!ifs) return fail(ifs.error());
  std::vector<RouteEntry> entries;
  for (int family : families) {
    auto routes = table_of(ctx.routes, family);
    if (!routes) return fail(routes.error());
    for (auto& r : *routes) entries.push_back(ifs->entry(std::move(r)));
  }
  return {render_route_json(entries), "", 0};
}

}  // namespace

RouteOutput show_tables(RouteContext& ctx, const std::vector<int>& families, const TableOptions& options) {
  if (ctx.json) return json(ctx, families);
  RouteOutput o;
  for (int family : families) {
    if (family == AF_INET6) {
      auto text = ctx.routes.ipv6_route_text();
      if (!text) return fail(text.error());
      o.out += render_inet6_table(parse_ipv6_route(*text), options.numeric, ctx.names);
      continue;
    }
    auto links = ctx.kernel.links();
    if (!links) return fail(links.error());
    auto routes = table_of(ctx.routes, AF_INET);
    if (!routes) return fail(routes.error());
    for (auto& r : *routes)
      for (const auto& l : *links)
        if (l.index == r.oif) r.ifname = l.name;
    o.out += render_inet_table(*routes, options, ctx.names);
  }
  return o;
}

}  // namespace solnet
