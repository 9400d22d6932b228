#include "src/common/nl_route.h"

#include <linux/rtnetlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <sys/socket.h>

#include <cstring>

#include "src/common/nl_parse.h"

namespace solnet {

namespace {

// The attributes of one level of a message, walked without libnl's
// table of every attribute type: a dump of 100,000 routes reads each once.
template <class Fn>
void each_attr(const void* data, std::size_t len, Fn fn) {
  const auto* p = static_cast<const char*>(data);
  while (len >= sizeof(nlattr)) {
    const auto* a = reinterpret_cast<const nlattr*>(p);
    if (a->nla_len < sizeof(nlattr) || a->nla_len > len) return;
    fn(a->nla_type & NLA_TYPE_MASK, p + NLA_HDRLEN, static_cast<std::size_t>(a->nla_len) - NLA_HDRLEN);
    const std::size_t step = NLA_ALIGN(a->nla_len);
    if (step >= len) return;
    p += step;
    len -= step;
  }
}

uint32_t u32_of(const char* data) {
  uint32_t v;
  std::memcpy(&v, data, sizeof v);
  return v;
}

bool addr_of(const char* data, std::size_t len, int family, InetAddr& out) {
  if (len != (family == AF_INET ? 4u : 16u)) return false;
  out = InetAddr::from_bytes(family, data);
  return true;
}

void parse_metrics(const char* data, std::size_t len, RouteMetrics& m) {
  each_attr(data, len, [&](int type, const char* v, std::size_t n) {
    if (n < 4) return;
    const uint32_t x = u32_of(v);
    switch (type) {
      case RTAX_MTU: m.mtu = x; break;
      case RTAX_ADVMSS: m.advmss = x; break;
      case RTAX_WINDOW: m.window = x; break;
      case RTAX_RTT: m.rtt = x; break;
      case RTAX_RTTVAR: m.rttvar = x; break;
      case RTAX_SSTHRESH: m.ssthresh = x; break;
      case RTAX_HOPLIMIT: m.hoplimit = x; break;
      case RTAX_LOCK: m.locks = x; break;
      default: break;
    }
  });
}

void parse_multipath(const char* p, int rem, int family, Route& r) {
  while (rem >= static_cast<int>(sizeof(rtnexthop))) {
    const auto* nh = reinterpret_cast<const rtnexthop*>(p);
    if (nh->rtnh_len < sizeof(rtnexthop) || nh->rtnh_len > rem) break;
    Nexthop out;
    out.oif = nh->rtnh_ifindex;
    const int attrs_len = nh->rtnh_len - static_cast<int>(RTNH_ALIGN(sizeof(rtnexthop)));
    if (attrs_len > 0)
      each_attr(p + RTNH_ALIGN(sizeof(rtnexthop)), static_cast<std::size_t>(attrs_len),
                [&](int type, const char* v, std::size_t n) {
                  if (type == RTA_GATEWAY) addr_of(v, n, family, out.gateway);
                });
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
  Route r;
  if (!decode_route(h, r)) return std::nullopt;
  return r;
}

bool decode_route(const nlmsghdr* h, Route& r) {
  if (h->nlmsg_type != RTM_NEWROUTE && h->nlmsg_type != RTM_DELROUTE) return false;
  if (h->nlmsg_len < NLMSG_LENGTH(sizeof(rtmsg))) return false;
  const auto* rtm = static_cast<const rtmsg*>(NLMSG_DATA(h));
  if (rtm->rtm_family != AF_INET && rtm->rtm_family != AF_INET6) return false;
  r.family = rtm->rtm_family;
  r.dst_len = rtm->rtm_dst_len;
  r.table = rtm->rtm_table;
  r.type = rtm->rtm_type;
  r.protocol = rtm->rtm_protocol;
  r.scope = rtm->rtm_scope;
  r.flags = rtm->rtm_flags;
  r.dst = prefix_to_mask(r.family, 0);
  r.gateway = InetAddr();
  r.oif = 0;
  r.ifname.clear();
  r.prefsrc.reset();
  r.priority.reset();
  r.metrics = RouteMetrics();
  r.expires.reset();
  r.multipath.clear();
  const auto* attrs = reinterpret_cast<const char*>(rtm) + NLMSG_ALIGN(sizeof(rtmsg));
  const std::size_t len = h->nlmsg_len - NLMSG_LENGTH(NLMSG_ALIGN(sizeof(rtmsg)));
  const char* multipath = nullptr;
  std::size_t multipath_len = 0;
  each_attr(attrs, len, [&](int type, const char* v, std::size_t n) {
    InetAddr a;
    switch (type) {
      case RTA_TABLE: if (n >= 4) r.table = u32_of(v); break;
      case RTA_DST: addr_of(v, n, r.family, r.dst); break;
      case RTA_GATEWAY: addr_of(v, n, r.family, r.gateway); break;
      case RTA_OIF: if (n >= 4) r.oif = static_cast<int>(u32_of(v)); break;
      case RTA_PREFSRC: if (addr_of(v, n, r.family, a)) r.prefsrc = a; break;
      case RTA_PRIORITY: if (n >= 4) r.priority = u32_of(v); break;
      case RTA_METRICS: parse_metrics(v, n, r.metrics); break;
      case RTA_EXPIRES: if (n >= 4) r.expires = u32_of(v); break;
      case RTA_MULTIPATH: multipath = v, multipath_len = n; break;
      default: break;
    }
  });
  if (multipath) parse_multipath(multipath, static_cast<int>(multipath_len), r.family, r);
  return true;
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
