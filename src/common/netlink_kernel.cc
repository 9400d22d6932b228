#include "src/common/netlink_kernel.h"

#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <sys/socket.h>

#include <algorithm>

#include "lib/common/addr_dump.h"
#include "src/common/nl_parse.h"

namespace solnet {

namespace {

Error read_error(const char* what, const KernelError& e) {
  return error(std::string("cannot read ") + what + ": " + e.text());
}

Error build_error() { return error("cannot build a netlink request"); }

// The IFA_F_* flags an address keeps when it is added again; the others
// (SECONDARY, PERMANENT, TENTATIVE ...) are the kernel's to set.
constexpr uint32_t kSettableAddrFlags =
    IFA_F_NOPREFIXROUTE | IFA_F_MCAUTOJOIN | IFA_F_NODAD | IFA_F_HOMEADDRESS | IFA_F_MANAGETEMPADDR;
constexpr uint32_t kForever = 0xffffffffu;

int put_addr(nl_msg* m, int type, const InetAddr& a) {
  return nla_put(m, type, static_cast<int>(a.size()), a.bytes.data());
}

// RTM_NEWADDR or RTM_DELADDR for `a`: IFA_LOCAL and IFA_ADDRESS (the peer
// when there is one) identify it, with its label; a new one gets the rest.
NlMsg addr_msg(int type, int flags, const Addr& a) {
  ifaddrmsg ifa{};
  ifa.ifa_family = static_cast<unsigned char>(a.family);
  ifa.ifa_prefixlen = static_cast<unsigned char>(a.prefixlen);
  ifa.ifa_flags = static_cast<unsigned char>(a.flags & kSettableAddrFlags);
  ifa.ifa_scope = a.scope;
  ifa.ifa_index = static_cast<unsigned>(a.ifindex);
  NlMsg m = new_nl_msg(type, flags, ifa);
  if (!m || put_addr(m.get(), IFA_LOCAL, a.local) < 0 || put_addr(m.get(), IFA_ADDRESS, a.peer ? *a.peer : a.local) < 0 ||
      (!a.label.empty() && nla_put_string(m.get(), IFA_LABEL, a.label.c_str()) < 0))
    return nullptr;
  if (type == RTM_DELADDR) return m;
  if ((a.broadcast && put_addr(m.get(), IFA_BROADCAST, *a.broadcast) < 0) ||
      nla_put_u32(m.get(), IFA_FLAGS, a.flags & kSettableAddrFlags) < 0 ||
      // libnl has no setter for the prefix route's metric
      nla_put_u32(m.get(), IFA_RT_PRIORITY, a.metric) < 0)
    return nullptr;
  if (a.valid_lft != kForever || a.preferred_lft != kForever) {
    ifa_cacheinfo ci{};
    ci.ifa_valid = a.valid_lft;
    ci.ifa_prefered = a.preferred_lft;
    if (nla_put(m.get(), IFA_CACHEINFO, sizeof ci, &ci) < 0) return nullptr;
  }
  return m;
}

// IFLA_AF_SPEC { AF_INET6 { IFLA_INET6_TOKEN } }; no address is "::",
// which clears the token.
bool put_token(nl_msg* m, const InetAddr& token) {
  const InetAddr t = token.family ? token : *parse_inet("::");
  nlattr* spec = nla_nest_start(m, IFLA_AF_SPEC);
  nlattr* in6 = spec ? nla_nest_start(m, AF_INET6) : nullptr;
  if (!in6 || put_addr(m, IFLA_INET6_TOKEN, t) < 0) return false;
  nla_nest_end(m, in6);
  nla_nest_end(m, spec);
  return true;
}

}  // namespace

Result<std::optional<Link>> NetlinkKernel::link(const std::string& name) {
  auto nl = sock();
  if (!nl) return nl.error();
  ifinfomsg ifi{};
  auto m = new_nl_msg(RTM_GETLINK, 0, ifi);
  if (!m || nla_put_string(m.get(), IFLA_IFNAME, name.c_str()) < 0 ||
      nla_put_u32(m.get(), IFLA_EXT_MASK, RTEXT_FILTER_SKIP_STATS) < 0)
    return error("cannot build a netlink request");
  std::optional<Link> out;
  auto e = (*nl)->request(m.get(), [&](const nlmsghdr* h) { out = parse_link(h); });
  if (e && e->errnum == ENODEV) return std::optional<Link>();
  if (e) return read_error("interface", *e);
  return out;
}

Result<std::vector<Link>> NetlinkKernel::dump_links(bool stats) {
  auto nl = sock();
  if (!nl) return nl.error();
  ifinfomsg ifi{};
  auto m = new_nl_msg(RTM_GETLINK, NLM_F_DUMP, ifi);
  if (!m || nla_put_u32(m.get(), IFLA_EXT_MASK, stats ? 0u : RTEXT_FILTER_SKIP_STATS) < 0)
    return error("cannot build a netlink request");
  std::vector<Link> out;
  auto e = (*nl)->dump(m.get(), [&] { out.clear(); }, [&](const nlmsghdr* h) {
    if (auto l = parse_link(h)) out.push_back(std::move(*l));
  });
  if (e) return read_error("interfaces", *e);
  std::sort(out.begin(), out.end(), [](const Link& a, const Link& b) { return a.index < b.index; });
  return out;
}

Result<std::vector<Addr>> NetlinkKernel::addrs(int family, int ifindex) {
  auto nl = sock();
  if (!nl) return nl.error();
  auto m = addr_dump_request(family, ifindex);
  if (!m) return error("cannot build a netlink request");
  // A repeated entry is an interruption the kernel did not flag.
  constexpr int kAttempts = 8;
  for (int attempt = 1;; ++attempt) {
    std::vector<Addr> out;
    auto e = (*nl)->dump(m.get(), [&] { out.clear(); }, [&](const nlmsghdr* h) {
      if (auto a = parse_addr(h); a && (ifindex == 0 || a->ifindex == ifindex)) out.push_back(std::move(*a));
    });
    if (e) return read_error("addresses", *e);
    if (!repeats_an_address(out)) return out;
    if (attempt == kAttempts) return read_error("addresses", KernelError{EAGAIN, "the kernel kept changing during the dump"});
  }
}

Status NetlinkKernel::change(NlMsg msg) {
  if (!msg) return build_error();
  auto nl = sock();
  if (!nl) return nl.error();
  if (auto e = (*nl)->request(msg.get())) return error(e->text());
  return {};
}

Status NetlinkKernel::set_link(const LinkChange& c) {
  ifinfomsg ifi{};
  ifi.ifi_family = AF_UNSPEC;
  ifi.ifi_index = c.index;
  ifi.ifi_flags = c.flags;
  ifi.ifi_change = c.change;
  NlMsg m = new_nl_msg(RTM_SETLINK, 0, ifi);
  if (m && ((c.mtu && nla_put_u32(m.get(), IFLA_MTU, *c.mtu) < 0) ||
            (c.hwaddr && nla_put(m.get(), IFLA_ADDRESS, static_cast<int>(c.hwaddr->size()), c.hwaddr->data()) < 0) ||
            (c.txqlen && nla_put_u32(m.get(), IFLA_TXQLEN, *c.txqlen) < 0) ||
            (c.token6 && !put_token(m.get(), *c.token6))))
    m.reset();
  return change(std::move(m));
}

Status NetlinkKernel::add_addr(const Addr& a) {
  return change(addr_msg(RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL, a));
}

Status NetlinkKernel::replace_addr(const Addr& a) { return change(addr_msg(RTM_NEWADDR, NLM_F_REPLACE, a)); }

Status NetlinkKernel::del_addr(const Addr& a) { return change(addr_msg(RTM_DELADDR, 0, a)); }

Result<bool> NetlinkKernel::add_link(const std::string& name, const std::string& kind) {
  ifinfomsg ifi{};
  ifi.ifi_family = AF_UNSPEC;
  NlMsg m = new_nl_msg(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, ifi);
  if (!m || nla_put_string(m.get(), IFLA_IFNAME, name.c_str()) < 0) return build_error();
  nlattr* info = nla_nest_start(m.get(), IFLA_LINKINFO);
  if (!info || nla_put_string(m.get(), IFLA_INFO_KIND, kind.c_str()) < 0) return build_error();
  nla_nest_end(m.get(), info);
  auto nl = sock();
  if (!nl) return nl.error();
  auto e = (*nl)->request(m.get());
  // rtnl_newlink: no such kind, even after trying to load its module
  if (e && e->errnum == EOPNOTSUPP) return false;
  if (e) return error(e->text());
  return true;
}

Status NetlinkKernel::del_link(int index) {
  ifinfomsg ifi{};
  ifi.ifi_family = AF_UNSPEC;
  ifi.ifi_index = index;
  return change(new_nl_msg(RTM_DELLINK, 0, ifi));
}

}  // namespace solnet
