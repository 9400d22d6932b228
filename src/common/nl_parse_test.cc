#include "src/common/nl_parse.h"

#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/ipv6.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <netlink/attr.h>
#include <netlink/msg.h>

#include <doctest/doctest.h>
#include <vector>

using namespace solnet;

namespace src_common_nl_parse_test {

namespace {

struct Msg {
  nl_msg* m;
  explicit Msg(int type) : m(nlmsg_alloc_simple(type, 0)) {}
  ~Msg() { nlmsg_free(m); }
  template <class T>
  void hdr(const T& h) { nlmsg_append(m, const_cast<T*>(&h), sizeof h, NLMSG_ALIGNTO); }
  const nlmsghdr* get() const { return nlmsg_hdr(m); }
};

}  // namespace

TEST_CASE("RTM_NEWLINK: name, flags, mtu, address, kind and IPv6 state") {
  Msg msg(RTM_NEWLINK);
  ifinfomsg ifi{};
  ifi.ifi_index = 7;
  ifi.ifi_type = ARPHRD_ETHER;
  ifi.ifi_flags = IFF_UP | IFF_BROADCAST | IFF_RUNNING;
  msg.hdr(ifi);
  nla_put_string(msg.m, IFLA_IFNAME, "veth7");
  nla_put_u32(msg.m, IFLA_MTU, 9000);
  nla_put_u32(msg.m, IFLA_MIN_MTU, 68);
  nla_put_u32(msg.m, IFLA_MAX_MTU, 65535);
  nla_put_u32(msg.m, IFLA_TXQLEN, 1000);
  uint8_t mac[6] = {2, 0, 0, 0, 0, 7};
  nla_put(msg.m, IFLA_ADDRESS, 6, mac);
  nlattr* li = nla_nest_start(msg.m, IFLA_LINKINFO);
  nla_put_string(msg.m, IFLA_INFO_KIND, "veth");
  nla_nest_end(msg.m, li);
  nlattr* spec = nla_nest_start(msg.m, IFLA_AF_SPEC);
  nlattr* in4 = nla_nest_start(msg.m, AF_INET);
  std::vector<uint32_t> conf4(32, 0);
  conf4[0] = 1;  // forwarding
  nla_put(msg.m, IFLA_INET_CONF, static_cast<int>(conf4.size() * 4), conf4.data());
  nla_nest_end(msg.m, in4);
  nlattr* in6 = nla_nest_start(msg.m, AF_INET6);
  std::vector<int32_t> conf6(DEVCONF_MAX, 0);
  conf6[DEVCONF_MTU6] = 1400;
  conf6[DEVCONF_DISABLE_IPV6] = 1;
  conf6[DEVCONF_KEEP_ADDR_ON_DOWN] = 1;
  nla_put(msg.m, IFLA_INET6_CONF, static_cast<int>(conf6.size() * 4), conf6.data());
  const InetAddr token = *parse_inet("::1:2:3:4");
  nla_put(msg.m, IFLA_INET6_TOKEN, 16, token.bytes.data());
  nla_nest_end(msg.m, in6);
  nla_nest_end(msg.m, spec);

  auto l = parse_link(msg.get());
  REQUIRE(l);
  CHECK(l->index == 7);
  CHECK(l->name == "veth7");
  CHECK(l->flags == (IFF_UP | IFF_BROADCAST | IFF_RUNNING));
  CHECK(l->mtu == 9000);
  CHECK(l->min_mtu == 68);
  CHECK(l->max_mtu == 65535);
  CHECK(l->txqlen == 1000);
  CHECK(l->type == ARPHRD_ETHER);
  CHECK(l->kind == "veth");
  CHECK(l->hwaddr == HwAddr{2, 0, 0, 0, 0, 7});
  CHECK(l->forwarding4);
  CHECK_FALSE(l->forwarding6);
  CHECK(l->has_inet6);
  CHECK(l->ipv6_disabled);
  CHECK(l->ipv6_mtu == 1400);
  CHECK(l->ipv6_keep_addrs);
  CHECK(l->ipv6_token == token);
}

TEST_CASE("RTM_NEWLINK: \"::\" is no token; keep_addr_on_down -1 does not keep") {
  Msg msg(RTM_NEWLINK);
  ifinfomsg ifi{};
  ifi.ifi_index = 7;
  msg.hdr(ifi);
  nlattr* spec = nla_nest_start(msg.m, IFLA_AF_SPEC);
  nlattr* in6 = nla_nest_start(msg.m, AF_INET6);
  std::vector<int32_t> conf6(DEVCONF_MAX, 0);
  conf6[DEVCONF_KEEP_ADDR_ON_DOWN] = -1;
  nla_put(msg.m, IFLA_INET6_CONF, static_cast<int>(conf6.size() * 4), conf6.data());
  uint8_t zero[16] = {};
  nla_put(msg.m, IFLA_INET6_TOKEN, 16, zero);
  nla_nest_end(msg.m, in6);
  nla_nest_end(msg.m, spec);
  auto l = parse_link(msg.get());
  REQUIRE(l);
  CHECK_FALSE(l->ipv6_token.family);
  CHECK_FALSE(l->ipv6_keep_addrs);
}

TEST_CASE("RTM_NEWADDR: local, peer, broadcast, label, flags, metric") {
  Msg msg(RTM_NEWADDR);
  ifaddrmsg ifa{};
  ifa.ifa_family = AF_INET;
  ifa.ifa_prefixlen = 24;
  ifa.ifa_index = 3;
  ifa.ifa_flags = IFA_F_SECONDARY;
  msg.hdr(ifa);
  uint8_t local[4] = {10, 0, 0, 2}, peer[4] = {10, 0, 0, 9}, brd[4] = {10, 0, 0, 255};
  nla_put(msg.m, IFA_LOCAL, 4, local);
  nla_put(msg.m, IFA_ADDRESS, 4, peer);
  nla_put(msg.m, IFA_BROADCAST, 4, brd);
  nla_put_string(msg.m, IFA_LABEL, "v0:1");
  nla_put_u32(msg.m, IFA_FLAGS, IFA_F_SECONDARY | IFA_F_PERMANENT);
  nla_put_u32(msg.m, IFA_RT_PRIORITY, 12);

  auto a = parse_addr(msg.get());
  REQUIRE(a);
  CHECK(a->family == AF_INET);
  CHECK(a->ifindex == 3);
  CHECK(a->local.str() == "10.0.0.2");
  CHECK(a->peer->str() == "10.0.0.9");
  CHECK(a->broadcast->str() == "10.0.0.255");
  CHECK(a->prefixlen == 24);
  CHECK(a->label == "v0:1");
  CHECK(a->flags == (IFA_F_SECONDARY | IFA_F_PERMANENT));
  CHECK(a->metric == 12);
}

TEST_CASE("RTM_NEWADDR: an IPv6 address without IFA_LOCAL has no peer") {
  Msg msg(RTM_NEWADDR);
  ifaddrmsg ifa{};
  ifa.ifa_family = AF_INET6;
  ifa.ifa_prefixlen = 64;
  ifa.ifa_index = 3;
  msg.hdr(ifa);
  uint8_t addr[16] = {0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
  nla_put(msg.m, IFA_ADDRESS, 16, addr);
  ifa_cacheinfo ci{};
  ci.ifa_prefered = 0;
  ci.ifa_valid = 100;
  nla_put(msg.m, IFA_CACHEINFO, sizeof ci, &ci);
  auto a = parse_addr(msg.get());
  REQUIRE(a);
  CHECK(a->local.str() == "fe80::1");
  CHECK_FALSE(a->peer);
  CHECK(a->preferred_lft == 0);
  CHECK(a->valid_lft == 100);
}

TEST_CASE("other messages and malformed addresses are not parsed") {
  Msg other(RTM_NEWROUTE);
  rtmsg rt{};
  other.hdr(rt);
  CHECK_FALSE(parse_link(other.get()));
  CHECK_FALSE(parse_addr(other.get()));
  Msg bad(RTM_NEWADDR);
  ifaddrmsg ifa{};
  ifa.ifa_family = AF_INET;
  bad.hdr(ifa);
  uint8_t shortaddr[2] = {1, 2};
  nla_put(bad.m, IFA_ADDRESS, 2, shortaddr);
  CHECK_FALSE(parse_addr(bad.get()));
}

}  // namespace src_common_nl_parse_test
