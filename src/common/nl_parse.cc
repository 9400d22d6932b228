#include "src/common/nl_parse.h"

#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/rtnetlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <sys/socket.h>

#include <cstring>

namespace solnet {

namespace {

// Reads entry `i` of a u32/s32 array attribute (IFLA_INET*_CONF).
std::optional<uint32_t> conf_entry(const nlattr* a, int i) {
  if (!a || nla_len(a) < static_cast<int>((i + 1) * sizeof(uint32_t))) return std::nullopt;
  uint32_t v;
  std::memcpy(&v, static_cast<const char*>(nla_data(a)) + i * sizeof(uint32_t), sizeof v);
  return v;
}

void parse_af_spec(nlattr* spec, Link& l) {
  nlattr* fam;
  int rem;
  nla_for_each_nested(fam, spec, rem) {
    if (nla_type(fam) == AF_INET) {
      nlattr* tb[IFLA_INET_MAX + 1] = {};
      if (nla_parse_nested(tb, IFLA_INET_MAX, fam, nullptr) < 0) continue;
      // IFLA_INET_CONF is indexed from IPV4_DEVCONF_FORWARDING == 1.
      if (auto v = conf_entry(tb[IFLA_INET_CONF], IPV4_DEVCONF_FORWARDING - 1)) l.forwarding4 = *v != 0;
    } else if (nla_type(fam) == AF_INET6) {
      l.has_inet6 = true;
      nlattr* tb[IFLA_INET6_MAX + 1] = {};
      if (nla_parse_nested(tb, IFLA_INET6_MAX, fam, nullptr) < 0) continue;
      if (auto v = conf_entry(tb[IFLA_INET6_CONF], DEVCONF_FORWARDING)) l.forwarding6 = *v != 0;
      if (auto v = conf_entry(tb[IFLA_INET6_CONF], DEVCONF_MTU6)) l.ipv6_mtu = *v;
      if (auto v = conf_entry(tb[IFLA_INET6_CONF], DEVCONF_DISABLE_IPV6)) l.ipv6_disabled = *v != 0;
      if (auto v = conf_entry(tb[IFLA_INET6_CONF], DEVCONF_KEEP_ADDR_ON_DOWN))
        l.ipv6_keep_addrs = static_cast<int32_t>(*v) > 0;
      // The kernel sends "::" for no token.
      if (auto t = addr_attr(tb[IFLA_INET6_TOKEN], AF_INET6); t && !t->is_zero()) l.ipv6_token = *t;
    }
  }
}

LinkStats link_stats(const nlattr* a) {
  rtnl_link_stats64 k;
  std::memcpy(&k, nla_data(a), sizeof k);  // netlink attributes are only 4-byte aligned
  return {.rx_packets = k.rx_packets, .tx_packets = k.tx_packets,
          .rx_bytes = k.rx_bytes, .tx_bytes = k.tx_bytes,
          .rx_errors = k.rx_errors, .tx_errors = k.tx_errors,
          .rx_dropped = k.rx_dropped, .tx_dropped = k.tx_dropped,
          .rx_fifo_errors = k.rx_fifo_errors, .tx_fifo_errors = k.tx_fifo_errors,
          .multicast = k.multicast, .collisions = k.collisions};
}

}  // namespace

std::optional<Link> parse_link(const nlmsghdr* h) {
  if (h->nlmsg_type != RTM_NEWLINK) return std::nullopt;
  auto* nh = const_cast<nlmsghdr*>(h);
  nlattr* tb[IFLA_MAX + 1] = {};
  if (nlmsg_parse(nh, sizeof(ifinfomsg), tb, IFLA_MAX, nullptr) < 0) return std::nullopt;
  const auto* ifi = static_cast<const ifinfomsg*>(nlmsg_data(nh));
  Link l;
  l.index = ifi->ifi_index;
  l.type = ifi->ifi_type;
  l.flags = ifi->ifi_flags;
  if (tb[IFLA_IFNAME]) l.name = nla_get_string(tb[IFLA_IFNAME]);
  if (tb[IFLA_MTU]) l.mtu = nla_get_u32(tb[IFLA_MTU]);
  if (tb[IFLA_MIN_MTU]) l.min_mtu = nla_get_u32(tb[IFLA_MIN_MTU]);
  if (tb[IFLA_MAX_MTU]) l.max_mtu = nla_get_u32(tb[IFLA_MAX_MTU]);
  if (tb[IFLA_TXQLEN]) l.txqlen = nla_get_u32(tb[IFLA_TXQLEN]);
  if (tb[IFLA_MASTER]) l.master = static_cast<int>(nla_get_u32(tb[IFLA_MASTER]));
  if (tb[IFLA_ADDRESS]) {
    const auto* p = static_cast<const uint8_t*>(nla_data(tb[IFLA_ADDRESS]));
    l.hwaddr.assign(p, p + nla_len(tb[IFLA_ADDRESS]));
  }
  if (tb[IFLA_LINKINFO]) {
    nlattr* li[IFLA_INFO_MAX + 1] = {};
    if (nla_parse_nested(li, IFLA_INFO_MAX, tb[IFLA_LINKINFO], nullptr) >= 0 && li[IFLA_INFO_KIND])
      l.kind = nla_get_string(li[IFLA_INFO_KIND]);
  }
  if (tb[IFLA_AF_SPEC]) parse_af_spec(tb[IFLA_AF_SPEC], l);
  if (tb[IFLA_STATS64] && nla_len(tb[IFLA_STATS64]) >= static_cast<int>(sizeof(rtnl_link_stats64)))
    l.stats = link_stats(tb[IFLA_STATS64]);
  return l;
}

std::optional<InetAddr> addr_attr(const nlattr* a, int family) {
  if (!a) return std::nullopt;
  const int want = family == AF_INET ? 4 : family == AF_INET6 ? 16 : 0;
  if (want == 0 || nla_len(a) != want) return std::nullopt;
  return InetAddr::from_bytes(family, nla_data(a));
}

// A switch over the attributes, not libnl's table parse: an address dump
// has one message per address. Attributes too short for their type are
// left out, as the kernel never sends them.
std::optional<Addr> parse_addr(const nlmsghdr* h) {
  if (h->nlmsg_type != RTM_NEWADDR || h->nlmsg_len < NLMSG_LENGTH(sizeof(ifaddrmsg))) return std::nullopt;
  const auto* ifa = static_cast<const ifaddrmsg*>(NLMSG_DATA(h));
  if (ifa->ifa_family != AF_INET && ifa->ifa_family != AF_INET6) return std::nullopt;
  const std::size_t alen = ifa->ifa_family == AF_INET ? 4 : 16;
  const rtattr *local = nullptr, *address = nullptr, *broadcast = nullptr, *label = nullptr;
  const rtattr *flags = nullptr, *metric = nullptr, *cacheinfo = nullptr;
  int len = static_cast<int>(h->nlmsg_len - NLMSG_LENGTH(sizeof(ifaddrmsg)));
  for (const rtattr* rta = IFA_RTA(ifa); RTA_OK(rta, len); rta = RTA_NEXT(rta, len)) {
    const std::size_t n = RTA_PAYLOAD(rta);
    switch (rta->rta_type & NLA_TYPE_MASK) {
      case IFA_LOCAL: local = n == alen ? rta : nullptr; break;
      case IFA_ADDRESS: address = n == alen ? rta : nullptr; break;
      case IFA_BROADCAST: broadcast = n == alen ? rta : nullptr; break;
      case IFA_LABEL: label = rta; break;
      case IFA_FLAGS: flags = n >= 4 ? rta : nullptr; break;
      case IFA_RT_PRIORITY: metric = n >= 4 ? rta : nullptr; break;
      case IFA_CACHEINFO: cacheinfo = n >= sizeof(ifa_cacheinfo) ? rta : nullptr; break;
      default: break;
    }
  }
  const auto u32 = [](const rtattr* a) {
    uint32_t v;
    std::memcpy(&v, RTA_DATA(a), sizeof v);
    return v;
  };
  if (!local) local = address;
  if (!local) return std::nullopt;
  Addr a;
  a.family = ifa->ifa_family;
  a.ifindex = static_cast<int>(ifa->ifa_index);
  a.prefixlen = ifa->ifa_prefixlen;
  a.scope = ifa->ifa_scope;
  a.flags = flags ? u32(flags) : ifa->ifa_flags;
  a.local = InetAddr::from_bytes(a.family, RTA_DATA(local));
  if (address && std::memcmp(RTA_DATA(address), RTA_DATA(local), alen) != 0)
    a.peer = InetAddr::from_bytes(a.family, RTA_DATA(address));
  if (broadcast) a.broadcast = InetAddr::from_bytes(a.family, RTA_DATA(broadcast));
  if (label) {
    const auto* p = static_cast<const char*>(RTA_DATA(label));
    a.label.assign(p, strnlen(p, RTA_PAYLOAD(label)));
  }
  if (metric) a.metric = u32(metric);
  if (cacheinfo) {
    ifa_cacheinfo ci;
    std::memcpy(&ci, RTA_DATA(cacheinfo), sizeof ci);
    a.valid_lft = ci.ifa_valid;
    a.preferred_lft = ci.ifa_prefered;
  }
  return a;
}

}  // namespace solnet
