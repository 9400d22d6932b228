#include "src/common/netlink_route_kernel.h"

#include <errno.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <memory>

#include "src/common/file_io.h"
#include "src/common/nl_parse.h"
#include "src/common/nl_route.h"

namespace solnet {

namespace {

Error read_error(const KernelError& e) { return error("cannot read routes: " + e.text()); }

// The multicast groups route(1M)'s routing socket would hear from.
std::vector<unsigned> groups_of(int family) {
  std::vector<unsigned> g{RTNLGRP_LINK};
  if (family != AF_INET6) g.insert(g.end(), {RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV4_IFADDR});
  if (family != AF_INET) g.insert(g.end(), {RTNLGRP_IPV6_ROUTE, RTNLGRP_IPV6_IFADDR});
  return g;
}

std::string ifname_of(int index) {
  char buf[IF_NAMESIZE] = {};
  return index && if_indextoname(static_cast<unsigned>(index), buf) ? buf : "";
}

// nl_parse reads RTM_NEWADDR and RTM_NEWLINK only; a deletion carries the
// same layout, so it is read from a copy that says "new".
struct FreeMsg {
  void operator()(nlmsghdr* h) const { ::operator delete(h); }
};
std::unique_ptr<nlmsghdr, FreeMsg> as_new(const nlmsghdr* h, uint16_t type) {
  auto* copy = static_cast<nlmsghdr*>(::operator new(h->nlmsg_len));
  std::memcpy(copy, h, h->nlmsg_len);
  copy->nlmsg_type = type;
  return std::unique_ptr<nlmsghdr, FreeMsg>(copy);
}

std::optional<MonitorEvent> event_of(const nlmsghdr* h) {
  MonitorEvent e;
  e.len = h->nlmsg_len;
  e.pid = h->nlmsg_pid;
  e.seq = h->nlmsg_seq;
  switch (h->nlmsg_type) {
    case RTM_NEWROUTE:
    case RTM_DELROUTE: {
      auto r = parse_route(h);
      if (!r) return std::nullopt;
      e.kind = h->nlmsg_type == RTM_DELROUTE           ? MonitorEvent::Kind::route_delete
               : (h->nlmsg_flags & NLM_F_REPLACE) != 0 ? MonitorEvent::Kind::route_change
                                                       : MonitorEvent::Kind::route_add;
      r->ifname = ifname_of(r->oif);
      e.route = std::move(*r);
      return e;
    }
    case RTM_NEWADDR:
    case RTM_DELADDR: {
      auto a = parse_addr(as_new(h, RTM_NEWADDR).get());
      if (!a) return std::nullopt;
      e.kind = h->nlmsg_type == RTM_NEWADDR ? MonitorEvent::Kind::addr_add : MonitorEvent::Kind::addr_delete;
      e.addr_ifname = a->label.empty() ? ifname_of(a->ifindex) : a->label;
      e.addr = std::move(*a);
      return e;
    }
    case RTM_NEWLINK:
    case RTM_DELLINK: {
      auto l = parse_link(as_new(h, RTM_NEWLINK).get());
      if (!l) return std::nullopt;
      e.kind = MonitorEvent::Kind::link;
      e.link = std::move(*l);
      return e;
    }
    default:
      return std::nullopt;
  }
}

}  // namespace

Result<std::vector<Route>> NetlinkRouteKernel::routes(int family, uint32_t table) {
  std::vector<Route> out;
  auto st = each_route(family, table, [&] { out.clear(); }, [&](const Route& r) { out.push_back(r); });
  if (!st) return st.error();
  return out;
}

Status NetlinkRouteKernel::each_route(int family, uint32_t table, const std::function<void()>& restart,
                                      const std::function<void(const Route&)>& fn) {
  auto nl = sock();
  if (!nl) return nl.error();
  rtmsg rtm{};
  rtm.rtm_family = static_cast<unsigned char>(family);
  auto m = new_nl_msg(RTM_GETROUTE, NLM_F_DUMP, rtm);
  // Strict checking makes the kernel filter by table.
  if (!m || (table && nla_put_u32(m.get(), RTA_TABLE, table) < 0)) return error("cannot build a netlink request");
  Route r;
  auto e = (*nl)->dump(m.get(), restart, [&](const nlmsghdr* h) {
    if (decode_route(h, r) && (table == 0 || r.table == table)) fn(r);
  });
  if (e) return read_error(*e);
  return {};
}

Status NetlinkRouteKernel::each_addr(int family, int ifindex, const std::function<void()>& restart,
                                     const std::function<void(const Addr&)>& fn) {
  auto nl = addr_nl_.get();
  if (!nl) return nl.error();
  auto m = addr_dump_request(family, ifindex);
  if (!m) return error("cannot build a netlink request");
  auto e = (*nl)->dump(m.get(), restart, [&](const nlmsghdr* h) {
    if (auto a = parse_addr(h); a && (ifindex == 0 || a->ifindex == ifindex)) fn(*a);
  });
  if (e) return error("cannot read addresses: " + e->text());
  return {};
}

Result<std::optional<Route>> NetlinkRouteKernel::lookup(const InetAddr& dst) {
  auto nl = sock();
  if (!nl) return nl.error();
  rtmsg rtm{};
  rtm.rtm_family = static_cast<unsigned char>(dst.family);
  rtm.rtm_dst_len = static_cast<unsigned char>(dst.max_prefix());
  rtm.rtm_flags = RTM_F_FIB_MATCH;
  auto m = new_nl_msg(RTM_GETROUTE, 0, rtm);
  if (!m || nla_put(m.get(), RTA_DST, static_cast<int>(dst.size()), dst.bytes.data()) < 0)
    return error("cannot build a netlink request");
  std::optional<Route> out;
  auto e = (*nl)->request(m.get(), [&](const nlmsghdr* h) { out = parse_route(h); });
  if (e && (e->errnum == ENETUNREACH || e->errnum == EHOSTUNREACH || e->errnum == ESRCH)) return std::optional<Route>();
  if (e) return read_error(*e);
  return out;
}

std::optional<KernelError> NetlinkRouteKernel::change(RouteChange how, const Route& r) {
  auto nl = sock();
  if (!nl) return KernelError{EIO, nl.error().message};
  int type = RTM_NEWROUTE, flags = 0;
  switch (how) {
    case RouteChange::add: flags = NLM_F_CREATE; break;
    case RouteChange::add_exclusive: flags = NLM_F_CREATE | NLM_F_EXCL; break;
    case RouteChange::append: flags = NLM_F_CREATE | NLM_F_APPEND; break;
    case RouteChange::replace: flags = NLM_F_REPLACE; break;
    case RouteChange::del: type = RTM_DELROUTE; break;
  }
  auto m = route_message(type, flags, r);
  if (!m) return KernelError{ENOMEM, "cannot build a netlink request"};
  return (*nl)->request(m.get());
}

Result<std::string> NetlinkRouteKernel::ipv6_route_text() {
  // /proc/net follows the reading process's network namespace.
  std::string text;
  if (!read_file("/proc/net/ipv6_route", text)) return error("INET6 (IPv6) not configured in this system");
  return text;
}

Status NetlinkRouteKernel::monitor(int family, const std::function<bool(const MonitorEvent&)>& fn) {
  Fd sock(socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE));
  if (sock.get() < 0) return error(std::string("cannot open a netlink socket: ") + strerror(errno));
  // Bound, the socket gets a port of its own; port 0 is the kernel's, and
  // the kernel skips that port when it multicasts.
  sockaddr_nl local{};
  local.nl_family = AF_NETLINK;
  if (bind(sock.get(), reinterpret_cast<sockaddr*>(&local), sizeof local) < 0)
    return error(std::string("cannot bind a netlink socket: ") + strerror(errno));
  for (unsigned g : groups_of(family))
    if (setsockopt(sock.get(), SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &g, sizeof g) < 0)
      return error(std::string("cannot join a netlink group: ") + strerror(errno));
  std::vector<char> buf(1 << 16);
  for (;;) {
    ssize_t n = recv(sock.get(), buf.data(), buf.size(), 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == ENOBUFS) {
      // The kernel dropped messages; those that follow are good again.
      MonitorEvent lost;
      lost.kind = MonitorEvent::Kind::overrun;
      if (!fn(lost)) return {};
      continue;
    }
    if (n < 0) return error(std::string("monitor: ") + strerror(errno));
    auto len = static_cast<std::size_t>(n);
    for (auto* h = reinterpret_cast<const nlmsghdr*>(buf.data()); nlmsg_ok(h, len); h = nlmsg_next(h, len)) {
      auto e = event_of(h);
      if (!e) continue;
      if (family && e->kind != MonitorEvent::Kind::link && (e->route.family | e->addr.family) != family) continue;
      if (!fn(*e)) return {};
    }
  }
}

}  // namespace solnet
