#include "src/arp/netlink_arp_kernel.h"

#include <linux/netconf.h>
#include <linux/rtnetlink.h>
#include <netlink/attr.h>
#include <netlink/msg.h>
#include <sys/socket.h>

#include "src/arp/nl_neigh.h"
#include "src/common/sysctl.h"

namespace solnet {

namespace {

Error build_error() { return error("cannot build a netlink request"); }

Error read_error(const char* what, const KernelError& e) {
  return error(std::string("cannot read ") + what + ": " + e.text());
}

ndmsg header(int ifindex, bool proxy) {
  ndmsg ndm{};
  ndm.ndm_family = AF_INET;
  ndm.ndm_ifindex = ifindex;
  if (proxy) ndm.ndm_flags = NTF_PROXY;
  return ndm;
}

// A request about one entry: its header and destination.
NlMsg entry_msg(int type, int flags, const Neighbour& n) {
  ndmsg ndm = header(n.ifindex, n.proxy);
  if (type == RTM_NEWNEIGH) ndm.ndm_state = n.proxy ? NUD_PERMANENT : n.state;
  auto m = new_nl_msg(type, flags, ndm);
  if (m && nla_put(m.get(), NDA_DST, 4, n.addr.bytes.data()) < 0) m.reset();
  return m;
}

}  // namespace

Result<std::vector<Neighbour>> NetlinkArpKernel::neighbours(int ifindex) {
  std::vector<Neighbour> out;
  // Proxy entries come from their own dump, asked for with NTF_PROXY.
  for (bool proxy : {false, true}) {
    const std::size_t start = out.size();
    auto st = each_neighbour(ifindex, proxy, [&] { out.resize(start); }, [&](const Neighbour& n) { out.push_back(n); });
    if (!st) return st.error();
  }
  return out;
}

Status NetlinkArpKernel::each_neighbour(int ifindex, bool proxy, const std::function<void()>& restart,
                                        const std::function<void(const Neighbour&)>& fn) {
  auto nl = nl_.get();
  if (!nl) return nl.error();
  auto m = new_nl_msg(RTM_GETNEIGH, NLM_F_DUMP, header(0, proxy));
  if (!m || (ifindex && nla_put_u32(m.get(), NDA_IFINDEX, static_cast<uint32_t>(ifindex)) < 0)) return build_error();
  Neighbour n;
  auto e = (*nl)->dump(m.get(), restart, [&](const nlmsghdr* h) {
    if (decode_neigh(h, n)) fn(n);
  });
  if (e) return read_error("the neighbour table", *e);
  return {};
}

Result<std::optional<Neighbour>> NetlinkArpKernel::get(const InetAddr& addr, int ifindex, bool proxy) {
  auto nl = nl_.get();
  if (!nl) return nl.error();
  Neighbour key;
  key.addr = addr;
  key.ifindex = ifindex;
  key.proxy = proxy;
  auto m = entry_msg(RTM_GETNEIGH, 0, key);
  if (!m) return build_error();
  std::optional<Neighbour> out;
  auto e = (*nl)->request(m.get(), [&](const nlmsghdr* h) { out = parse_neigh(h); });
  if (e && e->errnum == ENOENT) return std::optional<Neighbour>();
  if (e) return read_error("the neighbour table", *e);
  return out;
}

Result<ProxyArp> NetlinkArpKernel::proxy_arp() {
  auto nl = nl_.get();
  if (!nl) return nl.error();
  netconfmsg ncm{};
  ncm.ncm_family = AF_INET;
  auto m = new_nl_msg(RTM_GETNETCONF, NLM_F_DUMP, ncm);
  if (!m) return build_error();
  ProxyArp out;
  auto e = (*nl)->dump(m.get(), [&] { out = ProxyArp(); }, [&](const nlmsghdr* h) {
    auto p = parse_netconf_proxy(h);
    if (!p || !p->on) return;
    if (p->ifindex == NETCONFA_IFINDEX_ALL) out.all = true;
    if (p->ifindex > 0) out.ifindexes.push_back(p->ifindex);
  });
  if (e) return read_error("proxy_arp settings", *e);
  return out;
}

Status NetlinkArpKernel::set(const Neighbour& n) {
  auto nl = nl_.get();
  if (!nl) return nl.error();
  auto m = entry_msg(RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_REPLACE, n);
  if (!m) return build_error();
  if (!n.proxy && nla_put(m.get(), NDA_LLADDR, static_cast<int>(n.lladdr.size()), n.lladdr.data()) < 0)
    return build_error();
  if (n.protocol && nla_put_u8(m.get(), NDA_PROTOCOL, n.protocol) < 0) return build_error();
  if (auto e = (*nl)->request(m.get())) return error(e->text());
  return {};
}

Status NetlinkArpKernel::remove(const Neighbour& n) {
  auto nl = nl_.get();
  if (!nl) return nl.error();
  auto m = entry_msg(RTM_DELNEIGH, 0, n);
  if (!m) return build_error();
  if (auto e = (*nl)->request(m.get())) return error(e->text());
  return {};
}

Status NetlinkArpKernel::set_proxy_arp(const std::string& ifname, bool on) {
  if (auto st = ProcSysctl().set_conf({AF_INET, ifname, "proxy_arp", on ? 1u : 0u}); !st)
    return error("cannot set /proc/sys/net/ipv4/conf/" + ifname + "/proxy_arp: " + st.error().message);
  return {};
}

}  // namespace solnet
