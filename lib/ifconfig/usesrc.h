// usesrc/srcof (if_tcp(7P) SIOCSLIFUSESRC) on Linux: packets leaving link IF
// take IF2's address as source because every unicast route of the family
// out of IF carries RTA_PREFSRC = IF2's address of that family. illumos
// keeps a usesrc per IP interface: IPv4 and IPv6 apart ("ifconfig eth0
// inet6 usesrc vni0"). The state store remembers IF -> IF2 per family;
// these are the pure rules: which address, which routes, what to restore.
//
// Kernel facts the rules follow: a route whose preferred source is deleted
// is flushed (fib_sync_down_addr), and the kernel deletes an address's
// prefix route by its preferred source (fib_del_ifaddr). So routes are put
// back to their default sources before the addresses of IF or IF2 change,
// and pointed at IF2's address again afterwards.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lib/common/inet_addr.h"
#include "lib/common/kernel_model.h"
#include "lib/common/route_model.h"
#include "lib/ifconfig/lif_store.h"

namespace solnet {

const StoredUsesrc* find_usesrc(const StoreDoc& doc, int index, std::string_view name, int family);

// The names of the links whose usesrc of `family` is this one, in store order.
std::vector<std::string> srcof_names(const StoreDoc& doc, int index, std::string_view name, int family);

// Records link -> source for `family`, or removes the record when `source`
// is null.
void set_usesrc(StoreDoc& doc, const Link& link, const Link* source, int family);

// Forgets every usesrc record that involves the link (it goes).
void drop_usesrc_of(StoreDoc& doc, int index);

// The address IF2 lends. IPv4: its physical interface's (the first IPv4
// address labelled with its name), else its first primary IPv4 address.
// IPv6: its first global address the kernel takes as a source (not
// tentative, failed or deprecated); a link-local one would reach no further
// than the link.
std::optional<InetAddr> usesrc_address(const std::string& source_name, const std::vector<Addr>& source_addrs,
                                       int family);

// True when IF2 has an IPv6 global address still in duplicate address
// detection (tentative, not failed): one usesrc_address may lend soon.
bool usesrc_address_pending(const std::vector<Addr>& source_addrs, int family);

// A consumer whose routes a change touches, with its source link by index
// (0: none) in the store as it is to be.
struct UsesrcTouch {
  int index = 0;
  std::string name;
  int source_index = 0;
  std::string source_name;
  int family = AF_INET;
};

// The consumers (links with a usesrc before or after a change) whose routes
// must be put back before and pointed again after the kernel operations:
// those whose own link or whose source link `changed` holds, or whose usesrc
// record differs between `before` and `after`.
std::vector<UsesrcTouch> usesrc_touched(const StoreDoc& before, const StoreDoc& after, const std::set<int>& changed);

// The routes of `family` out of `ifindex` whose preferred source is not
// `src` (none: the default one), changed to have it: unicast routes with
// one next hop, outside the local table, and for IPv6 not to link-local
// destinations (a global source is wrong there). `link_addrs` are the
// link's addresses of the family: an IPv4 kernel prefix route's default
// source is the address it was made for; IPv6 routes have none.
std::vector<Route> repointed_routes(const std::vector<Route>& routes, int ifindex, std::optional<InetAddr> src,
                                    const std::vector<Addr>& link_addrs, int family);

}  // namespace solnet
