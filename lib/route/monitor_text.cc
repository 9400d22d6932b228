#include "lib/route/monitor_text.h"

#include <linux/rtnetlink.h>
#include <net/if.h>

#include <string_view>
#include <vector>

#include "lib/route/flags.h"
#include "lib/route/printf_text.h"
#include "lib/route/sol_names.h"

namespace solnet {

namespace {

// route(1M)'s metric names, in its order, keyed by the Linux RTAX_ bit.
constexpr BitName kMetrics[] = {
    {1u << RTAX_RTTVAR, "rttvar"},   {1u << RTAX_RTT, "rtt"},           {1u << RTAX_SSTHRESH, "ssthresh"},
    {1u << RTAX_WINDOW, "recvpipe"}, {1u << RTAX_HOPLIMIT, "hopcount"}, {1u << RTAX_MTU, "mtu"},
};

std::string metric_names(uint32_t rtax_bits) { return bracket_names(rtax_bits, kMetrics); }

uint32_t metrics_set(const RouteMetrics& m) {
  uint32_t b = 0;
  if (m.rttvar) b |= 1u << RTAX_RTTVAR;
  if (m.rtt) b |= 1u << RTAX_RTT;
  if (m.ssthresh) b |= 1u << RTAX_SSTHRESH;
  if (m.window) b |= 1u << RTAX_WINDOW;
  if (m.hoplimit) b |= 1u << RTAX_HOPLIMIT;
  if (m.mtu) b |= 1u << RTAX_MTU;
  return b;
}

// route(1M)'s sockaddr kinds.
enum : uint32_t { DST = 1, GATEWAY = 2, NETMASK = 4, IFP = 16, IFA = 32, BRD = 128, SRC = 256 };
constexpr BitName kSockaddrs[] = {{DST, "DST"}, {GATEWAY, "GATEWAY"}, {NETMASK, "NETMASK"}, {IFP, "IFP"},
                                  {IFA, "IFA"}, {BRD, "BRD"},         {SRC, "SRC"}};

// route(1M)'s interface flag names for the Linux IFF_ bits.
constexpr BitName kLinkFlags[] = {
    {IFF_UP, "UP"},           {IFF_BROADCAST, "BROADCAST"},   {IFF_DEBUG, "DEBUG"},   {IFF_LOOPBACK, "LOOPBACK"},
    {IFF_POINTOPOINT, "PTP"}, {IFF_NOTRAILERS, "NOTRAILERS"}, {IFF_RUNNING, "RUNNING"}, {IFF_NOARP, "NOARP"},
    {IFF_PROMISC, "PPROMISC"}, {IFF_ALLMULTI, "ALLMULTI"},    {IFF_MULTICAST, "MULTICAST"},
};

std::string sockaddrs(uint32_t kinds, const std::vector<std::string>& values) {
  std::string s = "sockaddrs: " + bracket_names(kinds, kSockaddrs) + "\n";
  for (const auto& v : values) s += " " + v;
  return s + "\n";
}

std::string route_message(const MonitorEvent& e, bool numeric, NameLookup& names) {
  const Route& r = e.route;
  const char* type = e.kind == MonitorEvent::Kind::route_add      ? "RTM_ADD: Add Route"
                     : e.kind == MonitorEvent::Kind::route_change ? "RTM_CHANGE: Change Metrics or flags"
                                                                  : "RTM_DELETE: Delete Route";
  std::string s = printf_text("%s: len %u, pid: %u, seq %u, errno 0, flags:", type, e.len, e.pid, e.seq);
  s += rtflag::bracketed(rtflag::of(r) | (e.request ? 0 : rtflag::DONE)) + "\n";
  s += "locks: " + metric_names(r.metrics.locks) + " inits: " + metric_names(metrics_set(r.metrics)) + "\n";
  uint32_t kinds = DST | NETMASK;
  std::vector<std::string> values{sol_routename(r.dst, numeric, names)};
  if (r.has_gateway()) {
    kinds |= GATEWAY;
    values.push_back(sol_routename(r.gateway, numeric, names));
  }
  values.push_back(sol_routename(prefix_to_mask(r.dst.family, r.dst_len), true, names));
  if (!r.ifname.empty()) {
    kinds |= IFP;
    values.push_back(r.ifname);
  }
  if (r.prefsrc) {
    kinds |= SRC;
    values.push_back(sol_routename(*r.prefsrc, numeric, names));
  }
  return s + sockaddrs(kinds, values);
}

std::string addr_message(const MonitorEvent& e, bool numeric, NameLookup& names) {
  const Addr& a = e.addr;
  const bool up = e.kind == MonitorEvent::Kind::addr_add;
  std::string s = printf_text("%s: len %u, metric %u, flags:",
                              up ? "RTM_NEWADDR: address being brought up on iface"
                                 : "RTM_DELADDR: address being brought down on iface",
                              e.len, a.metric);
  s += rtflag::bracketed(up ? rtflag::UP : 0) + "\n";
  uint32_t kinds = NETMASK | IFP | IFA;
  std::vector<std::string> values{sol_routename(prefix_to_mask(a.family, a.prefixlen), true, names), e.addr_ifname,
                                  sol_routename(a.local, numeric, names)};
  if (a.peer || a.broadcast) {
    kinds |= BRD;
    values.push_back(sol_routename(a.peer ? *a.peer : *a.broadcast, numeric, names));
  }
  return s + sockaddrs(kinds, values);
}

std::string link_message(const MonitorEvent& e) {
  const Link& l = e.link;
  std::string s = printf_text("RTM_IFINFO: iface status change: len %u, if# %d, flags:", e.len, l.index);
  s += bracket_names(l.flags, kLinkFlags);
  return s + "\n" + sockaddrs(IFP, {l.name});
}

}  // namespace

std::string render_message(const MonitorEvent& e, bool numeric, NameLookup& names) {
  switch (e.kind) {
    case MonitorEvent::Kind::route_add:
    case MonitorEvent::Kind::route_change:
    case MonitorEvent::Kind::route_delete: return route_message(e, numeric, names);
    case MonitorEvent::Kind::addr_add:
    case MonitorEvent::Kind::addr_delete: return addr_message(e, numeric, names);
    case MonitorEvent::Kind::link: return link_message(e);
    case MonitorEvent::Kind::overrun: break;
  }
  return "messages lost: the kernel's queue for this socket overflowed\n";
}

std::string render_monitor(const MonitorEvent& e, bool numeric, NameLookup& names) {
  if (e.kind == MonitorEvent::Kind::overrun) return render_message(e, numeric, names);
  return printf_text("got message of size %u\n", e.len) + render_message(e, numeric, names);
}

}  // namespace solnet
