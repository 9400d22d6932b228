#include "lib/ifconfig/usesrc.h"

#include <linux/if_addr.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include <algorithm>

namespace solnet {

const StoredUsesrc* find_usesrc(const StoreDoc& doc, int index, std::string_view name, int family) {
  for (const auto& u : doc.usesrc)
    if (u.index == index && u.name == name && u.family == family) return &u;
  return nullptr;
}

std::vector<std::string> srcof_names(const StoreDoc& doc, int index, std::string_view name, int family) {
  std::vector<std::string> out;
  for (const auto& u : doc.usesrc)
    if (u.source_index == index && u.source_name == name && u.family == family) out.push_back(u.name);
  return out;
}

void set_usesrc(StoreDoc& doc, const Link& link, const Link* source, int family) {
  std::erase_if(doc.usesrc, [&](const StoredUsesrc& u) {
    return u.family == family && (u.index == link.index || u.name == link.name);
  });
  if (source) doc.usesrc.push_back({link.index, link.name, source->index, source->name, family});
}

void drop_usesrc_of(StoreDoc& doc, int index) {
  std::erase_if(doc.usesrc, [&](const StoredUsesrc& u) { return u.index == index || u.source_index == index; });
}

namespace {

std::optional<InetAddr> usesrc_address6(const std::vector<Addr>& source_addrs) {
  for (const auto& a : source_addrs)
    if (a.family == AF_INET6 && a.scope == RT_SCOPE_UNIVERSE && a.preferred_lft != 0 &&
        !(a.flags & (IFA_F_TENTATIVE | IFA_F_DADFAILED | IFA_F_DEPRECATED)))
      return a.local;
  return std::nullopt;
}

}  // namespace

bool usesrc_address_pending(const std::vector<Addr>& source_addrs, int family) {
  if (family != AF_INET6) return false;
  return std::any_of(source_addrs.begin(), source_addrs.end(), [](const Addr& a) {
    return a.family == AF_INET6 && a.scope == RT_SCOPE_UNIVERSE && (a.flags & IFA_F_TENTATIVE) &&
           !(a.flags & IFA_F_DADFAILED);
  });
}

std::optional<InetAddr> usesrc_address(const std::string& source_name, const std::vector<Addr>& source_addrs,
                                       int family) {
  if (family == AF_INET6) return usesrc_address6(source_addrs);
  const Addr* primary = nullptr;
  for (const auto& a : source_addrs) {
    if (a.family != AF_INET) continue;
    if (a.label == source_name) return a.local;
    if (!primary && !(a.flags & IFA_F_SECONDARY)) primary = &a;
  }
  if (primary) return primary->local;
  return std::nullopt;
}

std::vector<UsesrcTouch> usesrc_touched(const StoreDoc& before, const StoreDoc& after, const std::set<int>& changed) {
  std::vector<UsesrcTouch> out;
  auto add = [&](const StoredUsesrc& u) {
    if (std::any_of(out.begin(), out.end(),
                    [&](const UsesrcTouch& t) { return t.index == u.index && t.family == u.family; }))
      return;
    const StoredUsesrc* now = find_usesrc(after, u.index, u.name, u.family);
    const StoredUsesrc* was = find_usesrc(before, u.index, u.name, u.family);
    const bool differs = !now || !was || !(*now == *was);
    if (!differs && !changed.count(u.index) && !changed.count(u.source_index)) return;
    out.push_back({u.index, u.name, now ? now->source_index : 0, now ? now->source_name : "", u.family});
  };
  for (const auto& u : before.usesrc) add(u);
  for (const auto& u : after.usesrc) add(u);
  return out;
}

namespace {

// The address a kernel prefix route was made for: a primary of the link
// whose subnet is the route's.
std::optional<InetAddr> prefix_route_source(const Route& r, const std::vector<Addr>& link_addrs) {
  if (r.protocol != RTPROT_KERNEL) return std::nullopt;
  for (const auto& a : link_addrs)
    if (a.family == AF_INET && !(a.flags & IFA_F_SECONDARY) && a.prefixlen == r.dst_len &&
        network_of(a.peer ? *a.peer : a.local, a.prefixlen) == r.dst)
      return a.local;
  return std::nullopt;
}

}  // namespace

std::vector<Route> repointed_routes(const std::vector<Route>& routes, int ifindex, std::optional<InetAddr> src,
                                    const std::vector<Addr>& link_addrs, int family) {
  std::vector<Route> out;
  for (const auto& r : routes) {
    if (r.family != family || r.type != RTN_UNICAST || r.table == RT_TABLE_LOCAL || r.oif != ifindex ||
        r.multipath.size() > 1 || (family == AF_INET6 && r.dst.is_v6_link_local()))
      continue;
    const std::optional<InetAddr> want = src ? src : prefix_route_source(r, link_addrs);
    if (r.prefsrc == want) continue;
    Route n = r;
    n.prefsrc = want;
    // What the dump reports about the next hop's state is not ours to send.
    n.flags &= RTNH_F_ONLINK;
    out.push_back(std::move(n));
  }
  return out;
}

}  // namespace solnet
