#include "netlink_kernel.h"

#include <linux/if_addr.h>
#include <linux/rtnetlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <sys/socket.h>

#include <algorithm>

#include "nl_parse.h"

namespace solnet {

namespace {

Error read_error(const char* what, const KernelError& e) {
  return error(std::string("cannot read ") + what + ": " + e.text());
}

}  // namespace

Result<Netlink*> NetlinkKernel::sock() {
  if (!nl_) {
    auto nl = Netlink::open();
    if (!nl) return nl.error();
    nl_.emplace(std::move(*nl));
  }
  return &*nl_;
}

Result<std::optional<Link>> NetlinkKernel::link(const std::string& name) {
  auto nl = sock();
  if (!nl) return nl.error();
  ifinfomsg ifi{};
  auto m = new_nl_msg(RTM_GETLINK, 0, ifi);
  if (!m || nla_put_string(m.get(), IFLA_IFNAME, name.c_str()) < 0 ||
      nla_put_u32(m.get(), IFLA_EXT_MASK, RTEXT_FILTER_SKIP_STATS) < 0)
    return error("cannot build a netlink request");
  std::optional<Link> out;
  auto e = (*nl)->request(m.get(), [&](const nlmsghdr* h) { out = parse_link(h); });
  if (e && e->errnum == ENODEV) return std::optional<Link>();
  if (e) return read_error("interface", *e);
  return out;
}

Result<std::vector<Link>> NetlinkKernel::links() {
  auto nl = sock();
  if (!nl) return nl.error();
  ifinfomsg ifi{};
  auto m = new_nl_msg(RTM_GETLINK, NLM_F_DUMP, ifi);
  if (!m || nla_put_u32(m.get(), IFLA_EXT_MASK, RTEXT_FILTER_SKIP_STATS) < 0)
    return error("cannot build a netlink request");
  std::vector<Link> out;
  auto e = (*nl)->dump(m.get(), [&] { out.clear(); }, [&](const nlmsghdr* h) {
    if (auto l = parse_link(h)) out.push_back(std::move(*l));
  });
  if (e) return read_error("interfaces", *e);
  std::sort(out.begin(), out.end(), [](const Link& a, const Link& b) { return a.index < b.index; });
  return out;
}

Result<std::vector<Addr>> NetlinkKernel::addrs(int family, int ifindex) {
  auto nl = sock();
  if (!nl) return nl.error();
  ifaddrmsg ifa{};
  ifa.ifa_family = static_cast<unsigned char>(family);
  ifa.ifa_index = static_cast<unsigned>(ifindex);  // strict checking filters on it
  auto m = new_nl_msg(RTM_GETADDR, NLM_F_DUMP, ifa);
  if (!m) return error("cannot build a netlink request");
  std::vector<Addr> out;
  auto e = (*nl)->dump(m.get(), [&] { out.clear(); }, [&](const nlmsghdr* h) {
    if (auto a = parse_addr(h); a && (ifindex == 0 || a->ifindex == ifindex)) out.push_back(std::move(*a));
  });
  if (e) return read_error("addresses", *e);
  return out;
}

}  // namespace solnet
