#include "src/arp/nl_neigh.h"

#include <linux/netconf.h>
#include <linux/rtnetlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <sys/socket.h>

#include <doctest/doctest.h>

#include "src/common/netlink.h"

using namespace solnet;

namespace src_arp_nl_neigh_test {

namespace {

ndmsg ndm(int family, int ifindex, uint16_t state, uint8_t flags) {
  ndmsg n{};
  n.ndm_family = static_cast<uint8_t>(family);
  n.ndm_ifindex = ifindex;
  n.ndm_state = state;
  n.ndm_flags = flags;
  return n;
}

}  // namespace

TEST_CASE("RTM_NEWNEIGH: address, link, state, MAC, protocol") {
  auto msg = new_nl_msg(RTM_NEWNEIGH, 0, ndm(AF_INET, 3, NUD_REACHABLE, 0));
  uint8_t dst[4] = {10, 0, 0, 2};
  uint8_t mac[6] = {2, 0, 0, 0, 0, 2};
  nla_put(msg.get(), NDA_DST, 4, dst);
  nla_put(msg.get(), NDA_LLADDR, 6, mac);
  nla_put_u8(msg.get(), NDA_PROTOCOL, 4);
  auto n = parse_neigh(nlmsg_hdr(msg.get()));
  REQUIRE(n);
  CHECK(n->addr.str() == "10.0.0.2");
  CHECK(n->ifindex == 3);
  CHECK(n->state == NUD_REACHABLE);
  CHECK(n->lladdr == HwAddr{2, 0, 0, 0, 0, 2});
  CHECK(n->protocol == 4);
  CHECK_FALSE(n->proxy);
}

TEST_CASE("RTM_NEWNEIGH: a proxy entry; other families and types are not ours") {
  auto p = new_nl_msg(RTM_NEWNEIGH, 0, ndm(AF_INET, 2, 0, NTF_PROXY));
  uint8_t dst[4] = {10, 0, 0, 9};
  nla_put(p.get(), NDA_DST, 4, dst);
  auto n = parse_neigh(nlmsg_hdr(p.get()));
  REQUIRE(n);
  CHECK(n->proxy);
  CHECK(n->lladdr.empty());

  auto v6 = new_nl_msg(RTM_NEWNEIGH, 0, ndm(AF_INET6, 2, NUD_NOARP, 0));
  uint8_t dst6[16] = {0xff, 2};
  nla_put(v6.get(), NDA_DST, 16, dst6);
  CHECK_FALSE(parse_neigh(nlmsg_hdr(v6.get())));

  auto link = new_nl_msg(RTM_NEWLINK, 0, ndm(AF_INET, 2, 0, 0));
  CHECK_FALSE(parse_neigh(nlmsg_hdr(link.get())));

  auto nodst = new_nl_msg(RTM_NEWNEIGH, 0, ndm(AF_INET, 2, NUD_STALE, 0));
  CHECK_FALSE(parse_neigh(nlmsg_hdr(nodst.get())));
}

TEST_CASE("RTM_NEWNETCONF: proxy_arp of a link and of all") {
    netconfmsg ncm{};
  ncm.ncm_family = AF_INET;
  auto m = new_nl_msg(RTM_NEWNETCONF, 0, ncm);
  nla_put_s32(m.get(), NETCONFA_IFINDEX, NETCONFA_IFINDEX_ALL);
  nla_put_s32(m.get(), NETCONFA_PROXY_NEIGH, 1);
  auto p = parse_netconf_proxy(nlmsg_hdr(m.get()));
  REQUIRE(p);
  CHECK(p->ifindex == NETCONFA_IFINDEX_ALL);
  CHECK(p->on);

    ncm.ncm_family = AF_INET6;
  auto six = new_nl_msg(RTM_NEWNETCONF, 0, ncm);
  nla_put_s32(six.get(), NETCONFA_IFINDEX, 2);
  nla_put_s32(six.get(), NETCONFA_PROXY_NEIGH, 1);
  CHECK_FALSE(parse_netconf_proxy(nlmsg_hdr(six.get())));
}

}  // namespace src_arp_nl_neigh_test
