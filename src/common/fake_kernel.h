// An in-memory Kernel for unit tests: links and addresses in vectors, and a
// count of the requests made, so tests can hold the readers to their cost.
// Changes follow Linux's IPv4 rules where ifconfig depends on them: an
// address is secondary when a primary of its subnet exists, and deleting a
// primary deletes its secondaries (or promotes the first, as with the
// promote_secondaries sysctl). IPv6 ones too: an address is on a link once
// whatever its prefix, newer addresses are listed first within a scope, and
// a preferred lifetime of 0 deprecates.
#pragma once

#include <linux/if_addr.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <sys/socket.h>

#include <algorithm>
#include <string>

#include "src/common/kernel.h"

namespace solnet {

class FakeKernel : public Kernel {
 public:
  Result<std::optional<Link>> link(const std::string& name) override {
    ++link_gets;
    for (const auto& l : links_)
      if (l.name == name) return std::optional<Link>(l);
    return std::optional<Link>();
  }

  Result<std::vector<Link>> links() override {
    ++link_dumps;
    auto out = links_;
    for (auto& l : out) l.stats.reset();
    return out;
  }

  Result<std::vector<Link>> links_with_stats() override {
    ++link_dumps;
    return links_;
  }

  Result<std::vector<Addr>> addrs(int family, int ifindex) override {
    ++addr_dumps;
    std::vector<Addr> out;
    for (const auto& a : addrs_)
      if ((family == 0 || a.family == family) && (ifindex == 0 || a.ifindex == ifindex)) out.push_back(a);
    // The kernel dumps IPv4 before IPv6.
    std::stable_sort(out.begin(), out.end(), [](const Addr& x, const Addr& y) { return x.family < y.family; });
    return out;
  }

  Status set_link(const LinkChange& c) override {
    if (auto st = write(); !st) return st;
    auto it = std::find_if(links_.begin(), links_.end(), [&](const Link& l) { return l.index == c.index; });
    if (it == links_.end()) return error("No such device");
    if (c.mtu && *c.mtu < 68) return error("Invalid argument: mtu less than device minimum.");
    if (c.mtu && *c.mtu > 65535) return error("Invalid argument: mtu greater than device maximum.");
    // Linux drops a link's IPv6 addresses when it goes down, unless told to keep them.
    if ((it->flags & IFF_UP) && (c.change & IFF_UP) && !(c.flags & IFF_UP) && !it->ipv6_keep_addrs)
      std::erase_if(addrs_, [&](const Addr& a) { return a.family == AF_INET6 && a.ifindex == c.index; });
    it->flags = (it->flags & ~c.change) | (c.flags & c.change);
    if (c.mtu) it->mtu = *c.mtu;
    if (c.hwaddr) it->hwaddr = *c.hwaddr;
    if (c.txqlen) it->txqlen = *c.txqlen;
    if (c.token6) it->ipv6_token = *c.token6;
    return {};
  }

  Status add_addr(const Addr& a) override {
    if (auto st = write(); !st) return st;
    if (a.family == AF_INET6) return add_addr6(a);
    if (find(a) != addrs_.end()) return error("File exists");
    Addr n = a;
    n.flags = (a.flags & ~IFA_F_SECONDARY) | IFA_F_PERMANENT;
    const bool secondary = std::any_of(addrs_.begin(), addrs_.end(), [&](const Addr& o) {
      return o.family == a.family && o.ifindex == a.ifindex && !(o.flags & IFA_F_SECONDARY) && same_subnet(o, a);
    });
    if (secondary) {
      n.flags |= IFA_F_SECONDARY;
      addrs_.push_back(n);
      return {};
    }
    // A primary goes after the link's last primary.
    auto at = addrs_.begin();
    for (auto it = addrs_.begin(); it != addrs_.end(); ++it)
      if (it->ifindex == a.ifindex && !(it->flags & IFA_F_SECONDARY)) at = it + 1;
    addrs_.insert(at, n);
    return {};
  }

  Status replace_addr(const Addr& a) override {
    if (auto st = write(); !st) return st;
    auto it = find(a);
    if (it == addrs_.end()) return error("No such file or directory");
    it->metric = a.metric;
    if (a.family == AF_INET6) {
      it->valid_lft = a.valid_lft;
      it->preferred_lft = a.preferred_lft;
      it->flags = a.preferred_lft == 0 ? it->flags | IFA_F_DEPRECATED : it->flags & ~IFA_F_DEPRECATED;
    }
    return {};
  }

  Status del_addr(const Addr& a) override {
    if (auto st = write(); !st) return st;
    auto it = find(a);
    if (it == addrs_.end() || it->label != a.label) return error("Cannot assign requested address");
    const Addr gone = *it;
    addrs_.erase(it);
    if (gone.flags & IFA_F_SECONDARY) return {};
    bool promoted = false;
    std::erase_if(addrs_, [&](Addr& o) {
      if (o.ifindex != gone.ifindex || !(o.flags & IFA_F_SECONDARY) || !same_subnet(o, gone)) return false;
      if (promote_secondaries && !promoted) {
        o.flags &= ~IFA_F_SECONDARY;
        promoted = true;
        return false;
      }
      return true;
    });
    return {};
  }

  // A link of a kind in `kinds`, with the next free index.
  Result<bool> add_link(const std::string& name, const std::string& kind) override {
    if (auto st = write(); !st) return st.error();
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) return false;
    if (std::any_of(links_.begin(), links_.end(), [&](const Link& l) { return l.name == name; }))
      return error("File exists");
    Link l;
    l.name = name;
    l.kind = kind;
    l.index = 1;
    for (const auto& o : links_) l.index = std::max(l.index, o.index + 1);
    l.flags = IFF_BROADCAST | IFF_NOARP;  // what dummy and ifb both start with
    l.mtu = 1500;
    l.type = ARPHRD_ETHER;
    l.hwaddr = {0x02, 0, 0, 0, 0, static_cast<uint8_t>(l.index)};
    links_.push_back(l);
    return true;
  }

  // The link and its addresses.
  Status del_link(int index) override {
    if (auto st = write(); !st) return st;
    if (std::erase_if(links_, [&](const Link& l) { return l.index == index; }) == 0) return error("No such device");
    std::erase_if(addrs_, [&](const Addr& a) { return a.ifindex == index; });
    return {};
  }

  std::vector<Link> links_;
  std::vector<Addr> addrs_;
  std::vector<std::string> kinds{"ifb"};  // this kernel, like the one the tests run on, has no dummy
  int link_gets = 0;
  int link_dumps = 0;
  int addr_dumps = 0;
  int writes = 0;
  int fail_write = -1;  // the number of the write to refuse (0: the first), -1: none
  bool promote_secondaries = false;

 private:
  Status write() {
    if (writes++ == fail_write) return error("Operation not permitted: refused by the test");
    return {};
  }

  static int scope6(const InetAddr& a) { return a.is_v6_link_local() ? 1 : a == *parse_inet("::1") ? 0 : 2; }

  Status add_addr6(const Addr& a) {
    auto same = [&](const Addr& o) { return o.family == AF_INET6 && o.ifindex == a.ifindex && o.local == a.local; };
    if (std::any_of(addrs_.begin(), addrs_.end(), same)) return error("File exists");
    Addr n = a;
    n.flags = a.preferred_lft == 0 ? a.flags | IFA_F_DEPRECATED : a.flags;
    auto at = std::find_if(addrs_.begin(), addrs_.end(), [&](const Addr& o) {
      return o.family == AF_INET6 && o.ifindex == a.ifindex && scope6(o.local) <= scope6(a.local);
    });
    addrs_.insert(at, n);
    return {};
  }

  static uint32_t ifa_address(const Addr& a) { return (a.peer ? *a.peer : a.local).v4(); }

  static bool same_subnet(const Addr& a, const Addr& b) {
    return a.prefixlen == b.prefixlen && ((ifa_address(a) ^ ifa_address(b)) & prefix_to_mask4(a.prefixlen)) == 0;
  }

  std::vector<Addr>::iterator find(const Addr& a) {
    return std::find_if(addrs_.begin(), addrs_.end(), [&](const Addr& o) {
      return o.family == a.family && o.ifindex == a.ifindex && o.local == a.local && o.prefixlen == a.prefixlen &&
             o.peer == a.peer;
    });
  }
};

}  // namespace solnet
