#include "neigh_parse.h"

#include <linux/netconf.h>
#include <linux/rtnetlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <sys/socket.h>

#include <doctest/doctest.h>

using namespace solnet;

namespace {

struct Msg {
  nl_msg* m;
  explicit Msg(int type) : m(nlmsg_alloc_simple(type, 0)) {}
  ~Msg() { nlmsg_free(m); }
  template <class T>
  void hdr(const T& h) { nlmsg_append(m, const_cast<T*>(&h), sizeof h, NLMSG_ALIGNTO); }
  const nlmsghdr* get() const { return nlmsg_hdr(m); }
};

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
  Msg msg(RTM_NEWNEIGH);
  msg.hdr(ndm(AF_INET, 3, NUD_REACHABLE, 0));
  uint8_t dst[4] = {10, 0, 0, 2};
  uint8_t mac[6] = {2, 0, 0, 0, 0, 2};
  nla_put(msg.m, NDA_DST, 4, dst);
  nla_put(msg.m, NDA_LLADDR, 6, mac);
  nla_put_u8(msg.m, NDA_PROTOCOL, 4);
  auto n = parse_neigh(msg.get());
  REQUIRE(n);
  CHECK(n->addr.str() == "10.0.0.2");
  CHECK(n->ifindex == 3);
  CHECK(n->state == NUD_REACHABLE);
  CHECK(n->lladdr == HwAddr{2, 0, 0, 0, 0, 2});
  CHECK(n->protocol == 4);
  CHECK_FALSE(n->proxy);
}

TEST_CASE("RTM_NEWNEIGH: a proxy entry; other families and types are not ours") {
  Msg p(RTM_NEWNEIGH);
  p.hdr(ndm(AF_INET, 2, 0, NTF_PROXY));
  uint8_t dst[4] = {10, 0, 0, 9};
  nla_put(p.m, NDA_DST, 4, dst);
  auto n = parse_neigh(p.get());
  REQUIRE(n);
  CHECK(n->proxy);
  CHECK(n->lladdr.empty());

  Msg v6(RTM_NEWNEIGH);
  v6.hdr(ndm(AF_INET6, 2, NUD_NOARP, 0));
  uint8_t dst6[16] = {0xff, 2};
  nla_put(v6.m, NDA_DST, 16, dst6);
  CHECK_FALSE(parse_neigh(v6.get()));

  Msg link(RTM_NEWLINK);
  link.hdr(ndm(AF_INET, 2, 0, 0));
  CHECK_FALSE(parse_neigh(link.get()));

  Msg nodst(RTM_NEWNEIGH);
  nodst.hdr(ndm(AF_INET, 2, NUD_STALE, 0));
  CHECK_FALSE(parse_neigh(nodst.get()));
}

TEST_CASE("RTM_NEWNETCONF: proxy_arp of a link and of all") {
  Msg m(RTM_NEWNETCONF);
  netconfmsg ncm{};
  ncm.ncm_family = AF_INET;
  m.hdr(ncm);
  nla_put_s32(m.m, NETCONFA_IFINDEX, NETCONFA_IFINDEX_ALL);
  nla_put_s32(m.m, NETCONFA_PROXY_NEIGH, 1);
  auto p = parse_netconf_proxy(m.get());
  REQUIRE(p);
  CHECK(p->ifindex == NETCONFA_IFINDEX_ALL);
  CHECK(p->on);

  Msg six(RTM_NEWNETCONF);
  ncm.ncm_family = AF_INET6;
  six.hdr(ncm);
  nla_put_s32(six.m, NETCONFA_IFINDEX, 2);
  nla_put_s32(six.m, NETCONFA_PROXY_NEIGH, 1);
  CHECK_FALSE(parse_netconf_proxy(six.get()));
}
