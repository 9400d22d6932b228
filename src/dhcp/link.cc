#include "src/dhcp/link.h"

#include <linux/rtnetlink.h>
#include <net/if.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <sys/socket.h>

#include <vector>

#include "lib/common/escape.h"
#include "lib/dhcp/args.h"
#include "src/common/netlink.h"

namespace solnet {

namespace {

Error kernel_failure(const Link& link, const char* what, const KernelError& e) {
  return error(printable(link.name) + ": " + what + ": " + e.text(), kDhcpExitFailure);
}

struct DefaultRoute {
  rtmsg hdr{};
  uint32_t table = RT_TABLE_MAIN;
  std::optional<uint32_t> gateway;  // network byte order
  std::optional<uint32_t> priority;
};

}  // namespace

Status NetlinkDhcpLinks::set_up(const Link& link, bool up) {
  auto nl = Netlink::open();
  if (!nl) return error(nl.error().message, kDhcpExitSystem);
  ifinfomsg ifi{};
  ifi.ifi_family = AF_UNSPEC;
  ifi.ifi_index = link.index;
  ifi.ifi_flags = up ? IFF_UP : 0;
  ifi.ifi_change = IFF_UP;
  auto m = new_nl_msg(RTM_NEWLINK, 0, ifi);
  if (!m) return error("cannot build a netlink request", kDhcpExitSystem);
  if (auto e = nl->request(m.get())) return kernel_failure(link, up ? "cannot mark up" : "cannot mark down", *e);
  return {};
}

Status NetlinkDhcpLinks::remove_dhcp_default_routes(const Link& link) {
  auto nl = Netlink::open();
  if (!nl) return error(nl.error().message, kDhcpExitSystem);
  rtmsg rq{};
  rq.rtm_family = AF_INET;
  rq.rtm_protocol = RTPROT_DHCP;  // strict checking filters on it
  auto dump = new_nl_msg(RTM_GETROUTE, NLM_F_DUMP, rq);
  if (!dump) return error("cannot build a netlink request", kDhcpExitSystem);
  std::vector<DefaultRoute> found;
  auto e = nl->dump(dump.get(), [&] { found.clear(); }, [&](const nlmsghdr* h) {
    const auto* r = static_cast<const rtmsg*>(nlmsg_data(h));
    if (r->rtm_family != AF_INET || r->rtm_dst_len != 0 || r->rtm_protocol != RTPROT_DHCP) return;
    nlattr* tb[RTA_MAX + 1] = {};
    if (nlmsg_parse(const_cast<nlmsghdr*>(h), sizeof(rtmsg), tb, RTA_MAX, nullptr) < 0) return;
    if (!tb[RTA_OIF] || static_cast<int>(nla_get_u32(tb[RTA_OIF])) != link.index) return;
    DefaultRoute d;
    d.hdr = *r;
    if (tb[RTA_TABLE]) d.table = nla_get_u32(tb[RTA_TABLE]);
    if (tb[RTA_GATEWAY]) d.gateway = nla_get_u32(tb[RTA_GATEWAY]);
    if (tb[RTA_PRIORITY]) d.priority = nla_get_u32(tb[RTA_PRIORITY]);
    found.push_back(d);
  });
  if (e) return kernel_failure(link, "cannot read routes", *e);

  for (const auto& d : found) {
    auto m = new_nl_msg(RTM_DELROUTE, 0, d.hdr);
    if (!m || nla_put_u32(m.get(), RTA_TABLE, d.table) < 0 ||
        nla_put_u32(m.get(), RTA_OIF, static_cast<uint32_t>(link.index)) < 0 ||
        (d.gateway && nla_put_u32(m.get(), RTA_GATEWAY, *d.gateway) < 0) ||
        (d.priority && nla_put_u32(m.get(), RTA_PRIORITY, *d.priority) < 0))
      return error("cannot build a netlink request", kDhcpExitSystem);
    if (auto de = nl->request(m.get()); de && de->errnum != ESRCH)
      return kernel_failure(link, "cannot delete its default route", *de);
  }
  return {};
}

}  // namespace solnet
