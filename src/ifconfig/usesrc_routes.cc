#include "src/ifconfig/usesrc_routes.h"

#include <errno.h>
#include <sys/socket.h>
#include <time.h>

#include <map>

#include "lib/common/escape.h"

namespace solnet {

namespace {

// True when link `name` exists with index `index`.
Result<bool> same_link(Kernel& kernel, const std::string& name, int index) {
  auto l = kernel.link(name);
  if (!l) return l.error();
  return *l && (*l)->index == index;
}

// A new IPv6 address stays tentative until duplicate address detection is
// done, asynchronously even on a NOARP link such as a vni, and the kernel
// takes no tentative address as a source: wait for it, a bounded time
// (DAD on a link that does it takes about a second).
Result<std::optional<InetAddr>> source_address(Kernel& kernel, int source_index, const std::string& source_name,
                                               int family) {
  constexpr int kPollMs = 20, kLimitMs = 3000;
  for (int waited = 0;; waited += kPollMs) {
    auto addrs = kernel.addrs(family, source_index);
    if (!addrs) return addrs.error();
    auto a = usesrc_address(source_name, *addrs, family);
    if (a || waited >= kLimitMs || !usesrc_address_pending(*addrs, family)) return a;
    timespec ts{0, kPollMs * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
  }
}

}  // namespace

Result<std::optional<InetAddr>> usesrc_source(Kernel& kernel, const StoreDoc& doc, int ifindex, int family) {
  for (const auto& u : doc.usesrc) {
    if (u.index != ifindex || u.family != family) continue;
    for (const auto& [name, index] : {std::pair(u.name, u.index), std::pair(u.source_name, u.source_index)}) {
      auto same = same_link(kernel, name, index);
      if (!same) return same.error();
      if (!*same) return std::optional<InetAddr>();
    }
    return source_address(kernel, u.source_index, u.source_name, family);
  }
  return std::optional<InetAddr>();
}

Status point_usesrc_routes(Kernel& kernel, RouteKernel& routes, const std::vector<UsesrcTouch>& touched,
                           bool to_source) {
  // Each family's routes, read once when a touched link needs them.
  std::map<int, std::vector<Route>> all;
  for (const auto& t : touched) {
    if (!all.count(t.family)) {
      auto got = routes.routes(t.family, 0);
      if (!got) return got.error();
      all[t.family] = std::move(*got);
    }
    std::optional<InetAddr> src;
    if (to_source && t.source_index) {
      auto a = source_address(kernel, t.source_index, t.source_name, t.family);
      if (!a) return a.error();
      src = *a;
    }
    auto mine = kernel.addrs(t.family, t.index);
    if (!mine) return mine.error();
    for (const auto& r : repointed_routes(all[t.family], t.index, src, *mine, t.family)) {
      if (auto e = routes.change(RouteChange::replace, r)) {
        const std::string dst = r.dst.str() + "/" + std::to_string(r.dst_len);
        return error(printable(t.name) + ": cannot set the source of the route to " + dst + ": " + e->text());
      }
    }
  }
  return {};
}

}  // namespace solnet
