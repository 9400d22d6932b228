#include "src/arp/nl_neigh.h"

#include <linux/netconf.h>
#include <linux/rtnetlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <sys/socket.h>

namespace solnet {

std::optional<Neighbour> parse_neigh(const nlmsghdr* h) {
  Neighbour n;
  if (!decode_neigh(h, n)) return std::nullopt;
  return n;
}

bool decode_neigh(const nlmsghdr* h, Neighbour& n) {
  if (h->nlmsg_type != RTM_NEWNEIGH) return false;
  auto* nh = const_cast<nlmsghdr*>(h);
  nlattr* tb[NDA_MAX + 1] = {};
  if (nlmsg_parse(nh, sizeof(ndmsg), tb, NDA_MAX, nullptr) < 0) return false;
  const auto* ndm = static_cast<const ndmsg*>(nlmsg_data(nh));
  if (ndm->ndm_family != AF_INET || !tb[NDA_DST] || nla_len(tb[NDA_DST]) != 4) return false;
  n.addr = InetAddr::from_bytes(AF_INET, nla_data(tb[NDA_DST]));
  n.ifindex = ndm->ndm_ifindex;
  n.state = ndm->ndm_state;
  n.proxy = (ndm->ndm_flags & NTF_PROXY) != 0;
  n.lladdr.clear();
  if (tb[NDA_LLADDR]) {
    const auto* p = static_cast<const uint8_t*>(nla_data(tb[NDA_LLADDR]));
    n.lladdr.assign(p, p + nla_len(tb[NDA_LLADDR]));
  }
  n.protocol = tb[NDA_PROTOCOL] ? nla_get_u8(tb[NDA_PROTOCOL]) : 0;
  return true;
}

std::optional<NetconfProxy> parse_netconf_proxy(const nlmsghdr* h) {
  if (h->nlmsg_type != RTM_NEWNETCONF) return std::nullopt;
  auto* nh = const_cast<nlmsghdr*>(h);
  nlattr* tb[NETCONFA_MAX + 1] = {};
  if (nlmsg_parse(nh, sizeof(netconfmsg), tb, NETCONFA_MAX, nullptr) < 0) return std::nullopt;
  const auto* ncm = static_cast<const netconfmsg*>(nlmsg_data(nh));
  if (ncm->ncm_family != AF_INET || !tb[NETCONFA_IFINDEX] || !tb[NETCONFA_PROXY_NEIGH]) return std::nullopt;
  return NetconfProxy{static_cast<int>(nla_get_s32(tb[NETCONFA_IFINDEX])), nla_get_s32(tb[NETCONFA_PROXY_NEIGH]) != 0};
}

}  // namespace solnet
