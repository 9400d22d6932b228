#include "src/ifconfig/route_keeper.h"

#include <errno.h>
#include <net/if.h>
#include <sys/socket.h>

#include <algorithm>

#include "lib/common/escape.h"
#include "lib/ifconfig/plan.h"
#include "lib/ifconfig/route_keep.h"

namespace solnet {

Status RouteKeeper::note(const KernelOp& op) {
  if (!routes_) return {};
  const int index = op.link.index;
  const int family = op.addr.family;
  auto all = routes_->routes(family, 0);
  if (!all) return all.error();
  // The link's addresses only matter to kept routes that name a source:
  // most changes have none, and a link may hold 20,000 addresses.
  std::vector<Addr> addrs;
  if (std::any_of(all->begin(), all->end(), [](const Route& r) { return r.prefsrc && kept_route(r); })) {
    auto got = kernel_.addrs(family, index);
    if (!got) return got.error();
    addrs = std::move(*got);
  }
  noted_[index] = link_routes(*all, index, addrs);
  return {};
}

Status RouteKeeper::restore(const KernelOp& op) {
  if (!routes_) return {};
  const int index = op.link.index;
  const std::string& name = op.link_name;
  StoredLink record;
  if (const StoredLink* stored = doc_.find(index, name)) record = *stored;
  record.index = index;
  record.name = name;
  std::vector<Route> candidates = noted_[index];
  for (const auto& r : record.routes)
    if (!has_route(candidates, r)) candidates.push_back(r);
  if (candidates.empty()) return {};

  auto dump = routes_->routes(0, 0);
  if (!dump) return dump.error();
  const std::vector<Route> now = single_paths(*dump);
  auto link = kernel_.link(name);
  if (!link) return link.error();
  auto addrs = kernel_.addrs(0, 0);
  if (!addrs) return addrs.error();
  RouteWorld w{.index = index, .addrs = std::move(*addrs), .stored = record.lifs};
  if (*link && (*link)->index == index) {
    w.up = ((*link)->flags & IFF_UP) != 0;
    w.inet = !record.inet_unplumbed;
    w.inet6 = (*link)->has_inet6 && !(*link)->ipv6_disabled;
  }

  std::vector<Route> held, returned;
  for (const auto& r : candidates) {
    if (has_route(now, r)) continue;
    const RouteJudgement j = judge_route(r, w);
    const std::string words = printable(name) + ": " + route_words(r);
    if (j.fate == RouteFate::gone) {
      messages_.push_back(words + ": deleted: " + j.why);
    } else if (j.fate == RouteFate::hold) {
      held.push_back(r);
    } else if (auto e = routes_->change(RouteChange::add, r); e && e->errnum != EEXIST) {
      messages_.push_back(words + ": cannot restore: " + e->text());
    } else if (has_route(record.routes, r)) {
      returned.push_back(r);
    }
  }
  record.routes = std::move(held);
  record.returned = std::move(returned);
  put_stored_link(doc_, std::move(record));
  return {};
}

}  // namespace solnet
