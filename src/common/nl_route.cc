#include "src/common/nl_route.h"

#include <linux/rtnetlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <sys/socket.h>

#include "src/common/nl_parse.h"

namespace solnet {

namespace {

void parse_metrics(nlattr* nest, RouteMetrics& m) {
  nlattr* tb[RTAX_MAX + 1] = {};
  if (nla_parse_nested(tb, RTAX_MAX, nest, nullptr) < 0) return;
  auto get = [&](int rtax) -> std::optional<uint32_t> {
    if (!tb[rtax] || nla_len(tb[rtax]) < 4) return std::nullopt;
    return nla_get_u32(tb[rtax]);
  };
  m.mtu = get(RTAX_MTU);
  m.advmss = get(RTAX_ADVMSS);
  m.window = get(RTAX_WINDOW);
  m.rtt = get(RTAX_RTT);
  m.rttvar = get(RTAX_RTTVAR);
  m.ssthresh = get(RTAX_SSTHRESH);
  m.hoplimit = get(RTAX_HOPLIMIT);
  m.locks = get(RTAX_LOCK).value_or(0);
}

void parse_multipath(const nlattr* a, int family, Route& r) {
  const auto* p = static_cast<const char*>(nla_data(a));
  int rem = nla_len(a);
  while (rem >= static_cast<int>(sizeof(rtnexthop))) {
    const auto* nh = reinterpret_cast<const rtnexthop*>(p);
    if (nh->rtnh_len < sizeof(rtnexthop) || nh->rtnh_len > rem) break;
    Nexthop out;
    out.oif = nh->rtnh_ifindex;
    const int attrs_len = nh->rtnh_len - static_cast<int>(RTNH_ALIGN(sizeof(rtnexthop)));
    if (attrs_len > 0) {
      nlattr* tb[RTA_MAX + 1] = {};
      auto* attrs = reinterpret_cast<nlattr*>(const_cast<char*>(p) + RTNH_ALIGN(sizeof(rtnexthop)));
      if (nla_parse(tb, RTA_MAX, attrs, attrs_len, nullptr) >= 0)
        if (auto g = addr_attr(tb[RTA_GATEWAY], family)) out.gateway = *g;
    }
    r.multipath.push_back(out);
    const int step = RTNH_ALIGN(nh->rtnh_len);
    p += step;
    rem -= step;
  }
  if (!r.multipath.empty()) {
    r.gateway = r.multipath.front().gateway;
    r.oif = r.multipath.front().oif;
  }
}

}  // namespace

std::optional<Route> parse_route(const nlmsghdr* h) {
  if (h->nlmsg_type != RTM_NEWROUTE && h->nlmsg_type != RTM_DELROUTE) return std::nullopt;
  auto* nh = const_cast<nlmsghdr*>(h);
  nlattr* tb[RTA_MAX + 1] = {};
  if (nlmsg_parse(nh, sizeof(rtmsg), tb, RTA_MAX, nullptr) < 0) return std::nullopt;
  const auto* rtm = static_cast<const rtmsg*>(nlmsg_data(nh));
  if (rtm->rtm_family != AF_INET && rtm->rtm_family != AF_INET6) return std::nullopt;
  Route r;
  r.family = rtm->rtm_family;
  r.dst_len = rtm->rtm_dst_len;
  r.table = tb[RTA_TABLE] ? nla_get_u32(tb[RTA_TABLE]) : rtm->rtm_table;
  r.type = rtm->rtm_type;
  r.protocol = rtm->rtm_protocol;
  r.scope = rtm->rtm_scope;
  r.flags = rtm->rtm_flags;
  r.dst = addr_attr(tb[RTA_DST], r.family).value_or(prefix_to_mask(r.family, 0));
  if (auto g = addr_attr(tb[RTA_GATEWAY], r.family)) r.gateway = *g;
  if (tb[RTA_OIF]) r.oif = static_cast<int>(nla_get_u32(tb[RTA_OIF]));
  r.prefsrc = addr_attr(tb[RTA_PREFSRC], r.family);
  if (tb[RTA_PRIORITY]) r.priority = nla_get_u32(tb[RTA_PRIORITY]);
  if (tb[RTA_METRICS]) parse_metrics(tb[RTA_METRICS], r.metrics);
  if (tb[RTA_EXPIRES]) r.expires = nla_get_u32(tb[RTA_EXPIRES]);
  if (tb[RTA_MULTIPATH]) parse_multipath(tb[RTA_MULTIPATH], r.family, r);
  return r;
}

NlMsg route_message(int type, int flags, const Route& r) {
  rtmsg rtm{};
  rtm.rtm_family = static_cast<unsigned char>(r.family);
  rtm.rtm_dst_len = static_cast<unsigned char>(r.dst_len);
  rtm.rtm_table = static_cast<unsigned char>(r.table < 256 ? r.table : 0u);  // larger ids: RTA_TABLE alone
  rtm.rtm_protocol = r.protocol;
  rtm.rtm_scope = r.scope;
  rtm.rtm_type = r.type;
  rtm.rtm_flags = r.flags;
  NlMsg m = new_nl_msg(type, flags, rtm);
  if (!m) return m;
  nl_msg* msg = m.get();
  bool ok = nla_put_u32(msg, RTA_TABLE, r.table) >= 0;
  // A zero-length prefix with a non-zero address goes too: the kernel refuses it.
  if (r.dst_len > 0 || !r.dst.is_zero())
    ok = ok && nla_put(msg, RTA_DST, static_cast<int>(r.dst.size()), r.dst.bytes.data()) >= 0;
  if (r.multipath.size() <= 1) {
    if (r.has_gateway())
      ok = ok && nla_put(msg, RTA_GATEWAY, static_cast<int>(r.gateway.size()), r.gateway.bytes.data()) >= 0;
    if (r.oif) ok = ok && nla_put_u32(msg, RTA_OIF, static_cast<uint32_t>(r.oif)) >= 0;
  }
  if (r.prefsrc) ok = ok && nla_put(msg, RTA_PREFSRC, static_cast<int>(r.prefsrc->size()), r.prefsrc->bytes.data()) >= 0;
  if (r.priority) ok = ok && nla_put_u32(msg, RTA_PRIORITY, *r.priority) >= 0;
  // A lifetime is the kernel's to count down: only a new route is given one.
  if (r.expires && type == RTM_NEWROUTE) ok = ok && nla_put_u32(msg, RTA_EXPIRES, *r.expires) >= 0;
  if (!r.metrics.empty()) {
    nlattr* nest = nla_nest_start(msg, RTA_METRICS);
    ok = ok && nest;
    const RouteMetrics& mx = r.metrics;
    const std::pair<int, std::optional<uint32_t>> values[] = {
        {RTAX_MTU, mx.mtu},       {RTAX_ADVMSS, mx.advmss},     {RTAX_WINDOW, mx.window},
        {RTAX_RTT, mx.rtt},       {RTAX_RTTVAR, mx.rttvar},     {RTAX_SSTHRESH, mx.ssthresh},
        {RTAX_HOPLIMIT, mx.hoplimit},
    };
    for (const auto& [rtax, v] : values)
      if (v) ok = ok && nla_put_u32(msg, rtax, *v) >= 0;
    if (mx.locks) ok = ok && nla_put_u32(msg, RTAX_LOCK, mx.locks) >= 0;
    if (nest) nla_nest_end(msg, nest);
  }
  if (!ok) m.reset();
  return m;
}

}  // namespace solnet
