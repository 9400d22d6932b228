#include "src/route/show.h"

#include <linux/rtnetlink.h>

#include <unordered_map>

#include "lib/common/dump_rows.h"
#include "lib/route/json.h"
#include "lib/route/table6_text.h"
#include "src/route/prefsrc_names.h"

namespace solnet {

namespace {

// Interface names by index, from one link dump: a route is named in O(1).
class LinkNames {
 public:
  static Result<LinkNames> read(Kernel& kernel) {
    auto links = kernel.links();
    if (!links) return links.error();
    LinkNames out;
    out.links = std::move(*links);
    for (std::size_t i = 0; i < out.links.size(); ++i) out.by_index_.emplace(out.links[i].index, i);
    return out;
  }
  // "" for an index no link has.
  const std::string& name(int index) const {
    static const std::string kNone;
    auto it = by_index_.find(index);
    return it == by_index_.end() ? kNone : links[it->second].name;
  }
  void name(Route& r) const {
    r.ifname = name(r.oif);
    for (auto& nh : r.multipath) nh.ifname = name(nh.oif);
  }

  std::vector<Link> links;

 private:
  std::unordered_map<int, std::size_t> by_index_;
};

// IPv6: every table; IPv4: the main one, as /proc/net/route lists it.
uint32_t table_of(int family) { return family == AF_INET6 ? 0u : uint32_t{RT_TABLE_MAIN}; }
bool listed(int family, const Route& r) { return family == AF_INET6 || is_proc_route(r); }

}  // namespace

Status show_tables(RouteEnv& env, const std::vector<int>& families, const TableOptions& options, Sink& sink) {
  for (int family : families) {
    if (family == AF_INET6) {
      auto text = env.routes.ipv6_route_text();
      if (!text) return text.error();
      sink.text += render_inet6_table(parse_ipv6_route(*text), options.numeric, env.names);
      sink.row_done();
      continue;
    }
    auto links = LinkNames::read(env.kernel);
    if (!links) return links.error();
    InetTableWriter table(sink.text, options, env.names);
    DumpRows rows(sink);
    Route named;
    auto st = env.routes.each_route(AF_INET, RT_TABLE_MAIN, [&] { rows.restart(); }, [&](const Route& r) {
      if (!rows.next() || !is_proc_route(r)) return;
      named = r;
      links->name(named);
      table.row(named);
      rows.done();
    });
    if (!st) return st;
  }
  return {};
}

Status show_route_json(RouteEnv& env, const std::vector<int>& families, Sink& sink) {
  auto links = LinkNames::read(env.kernel);
  if (!links) return links.error();
  PrefsrcNames lifs(env.kernel, env.store, links->links);
  RouteJsonWriter json(sink.text);
  Route named;
  std::size_t written = 0;
  for (int family : families) {
    DumpRows rows(sink);
    const std::size_t before = written;
    auto st = env.routes.each_route(family, table_of(family), [&] {
      if (!rows.restart()) return;
      written = before;
      if (written == 0) json.rewind();
    }, [&](const Route& r) {
      if (!rows.next() || !listed(family, r)) return;
      named = r;
      links->name(named);
      json.route(named, named.prefsrc ? lifs.name(named.oif, *named.prefsrc) : nullptr);
      ++written;
      rows.done();
    });
    if (!st) return st;
    if (lifs.error()) return *lifs.error();
  }
  json.end();
  sink.row_done();
  return {};
}

}  // namespace solnet
