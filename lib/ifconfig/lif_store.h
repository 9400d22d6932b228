// The logical-interface state store: what Solaris keeps per logical
// interface and the Linux kernel cannot hold. The kernel stays the truth for
// everything it holds; see DESIGN.md "State store".
#pragma once

#include <sys/socket.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lib/common/inet_addr.h"
#include "lib/common/kernel_model.h"
#include "lib/common/result.h"
#include "lib/common/route_model.h"
#include "lib/ifconfig/json_tree.h"

namespace solnet {

struct StoredLif {
  int family = 0;
  unsigned unit = 0;
  // true: the kernel holds the address and this record only keeps its unit
  // (labels that do not fit IFNAMSIZ, IPv6) and its store-only flags.
  // false: a down or unaddressed logical interface, kept here whole.
  bool installed = false;
  InetAddr address;                 // zero family: no address yet
  int prefixlen = 0;
  std::optional<InetAddr> broadcast;
  std::optional<InetAddr> destination;
  uint32_t metric = 0;
  uint64_t flags = 0;               // store-only Solaris flags (PRIVATE, NOXMIT ...)
  // Not installed: marked up while it has no address (Solaris allows an up
  // logical interface at 0.0.0.0; busybox's ifup marks an alias up before
  // addressing it). The address it gets goes straight into the kernel.
  bool up = false;

  bool operator==(const StoredLif&) const = default;
};

// The record of a logical interface whose address is in the kernel: its
// unit and store-only flags; the kernel holds the rest.
StoredLif installed_record(int family, unsigned unit, const InetAddr& address, uint64_t flags);

struct StoredLink {
  int index = 0;
  std::string name;                 // with index: a reused index is another link
  bool inet_unplumbed = false;      // "unplumb" on inet: hidden until plumbed
  uint64_t flags4 = 0;              // store-only flags of the physical interface
  uint64_t flags6 = 0;
  std::vector<StoredLif> lifs;
  // The IPv6 physical interface's address, kept so that it stays the
  // physical's whatever other link-locals come and go (zero family: none).
  InetAddr physical6{};
  // Static routes of the link that the kernel dropped and that wait until
  // they can exist again (lib/ifconfig/route_keep.h).
  std::vector<Route> routes{};
  // Those the last change of the link put back from `routes`: a Linux
  // script that adds them again after "up" (busybox ifup) finds them there
  // without an error (src/route/ops.cc).
  std::vector<Route> returned{};

  uint64_t physical_flags(int family) const;

  bool operator==(const StoredLink&) const = default;
};

// ifconfig IF [inet6] usesrc IF2: packets of the family out of link IF
// take IF2's address of that family as source (illumos keeps a usesrc per
// IP interface, so per family). Both links are kept by index and name: a
// reused index is another link.
struct StoredUsesrc {
  int index = 0;
  std::string name;
  int source_index = 0;
  std::string source_name;
  int family = AF_INET;

  bool operator==(const StoredUsesrc&) const = default;
};

struct StoreDoc {
  // The network namespace the store describes (SO_NETNS_COOKIE, never
  // reused while the system runs; 0: unknown): a namespace that reuses a
  // dead one's inode, and so its file, inherits nothing.
  uint64_t netns_cookie = 0;
  std::vector<StoredLink> links;
  std::vector<StoredUsesrc> usesrc;  // one per link that has a source interface

  StoredLink* find(int index, std::string_view name);
  const StoredLink* find(int index, std::string_view name) const;
  StoredLink& get(int index, std::string_view name);  // adds when missing
  bool operator==(const StoreDoc&) const = default;
};

// Names are written with bytes outside printable ASCII (and '%') as %XX:
// JSON holds only UTF-8, a link name any byte.
std::string store_to_json(const StoreDoc& doc);
// An unreadable store is an error naming the first problem (every type and
// range is checked): the caller moves it aside or shows the kernel alone.
Result<StoreDoc> store_from_json(std::string_view text);
// The same, from the tree of a store embedded in another document.
Result<StoreDoc> store_from_tree(const JsonTree& j);

// Drops what no longer matches the kernel for one link: installed records
// whose address the link no longer has. `addrs` are the link's addresses of
// every family the caller read; families not read are left alone.
void reconcile_link(StoredLink& sl, std::span<const Addr> addrs, bool read_inet, bool read_inet6);

// Drops links that no longer exist (index gone or now another name), and
// usesrc records whose link or source interface is gone.
void reconcile_links(StoreDoc& doc, const std::vector<Link>& links);

}  // namespace solnet
