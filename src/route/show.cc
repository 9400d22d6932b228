#include "src/route/show.h"

#include <linux/rtnetlink.h>

#include "lib/route/table_text.h"
#include "src/route/interfaces.h"

namespace solnet {

namespace {

Result<std::vector<Route>> table_of(RouteKernel& routes, int family) {
  if (family == AF_INET6) return routes.routes(AF_INET6, 0);
  auto main = routes.routes(AF_INET, RT_TABLE_MAIN);
  if (!main) return main.error();
  return proc_route_rows(*main);
}

}  // namespace

Result<RoutesListed> read_route_entries(RouteEnv& env, const std::vector<int>& families) {
  auto ifs = RouteInterfaces::read(env.kernel, env.store, 0);
  if (!ifs) return ifs.error();
  RoutesListed listed;
  for (int family : families) {
    auto routes = table_of(env.routes, family);
    if (!routes) return routes.error();
    for (auto& r : *routes) listed.entries.push_back(ifs->entry(std::move(r)));
  }
  return listed;
}

Result<TablesShown> read_tables(RouteEnv& env, const std::vector<int>& families) {
  TablesShown shown;
  for (int family : families) {
    if (family == AF_INET6) {
      auto text = env.routes.ipv6_route_text();
      if (!text) return text.error();
      shown.sections.push_back(Inet6Rows{parse_ipv6_route(*text)});
      continue;
    }
    auto links = env.kernel.links();
    if (!links) return links.error();
    auto routes = table_of(env.routes, AF_INET);
    if (!routes) return routes.error();
    for (auto& r : *routes)
      for (const auto& l : *links)
        if (l.index == r.oif) r.ifname = l.name;
    shown.sections.push_back(InetRows{std::move(*routes)});
  }
  return shown;
}

}  // namespace solnet
