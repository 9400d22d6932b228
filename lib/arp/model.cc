#include "lib/arp/model.h"

#include <algorithm>

namespace solnet {

bool ArpFilter::matches(const ArpEntry& e) const {
  if (host && e.addr != *host) return false;
  if (device && (e.ifname.empty() ? "*" : e.ifname) != *device) return false;
  return !hwtype || e.hwtype == *hwtype;
}

bool is_resolved(uint16_t state) {
  // The kernel's NUD_VALID, which it keeps to itself.
  constexpr uint16_t kValid = NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE | NUD_PROBE | NUD_STALE | NUD_DELAY;
  return (state & kValid) != 0;
}

std::string state_name(uint16_t state) {
  static constexpr struct {
    uint16_t bit;
    const char* name;
  } kNames[] = {
      {NUD_PERMANENT, "permanent"}, {NUD_NOARP, "noarp"},   {NUD_REACHABLE, "reachable"},
      {NUD_STALE, "stale"},         {NUD_DELAY, "delay"},   {NUD_PROBE, "probe"},
      {NUD_INCOMPLETE, "incomplete"}, {NUD_FAILED, "failed"},
  };
  for (const auto& n : kNames)
    if (state & n.bit) return n.name;
  return "none";
}

static void set_link(ArpEntry& e, int ifindex, const std::vector<Link>& links) {
  auto l = std::find_if(links.begin(), links.end(), [&](const Link& k) { return k.index == ifindex; });
  if (l == links.end()) return;
  e.ifname = l->name;
  e.hwtype = l->type;
  if (e.proxy) e.lladdr = l->hwaddr;
}

static ArpEntry whole_link_row(int ifindex, const std::vector<Link>& links) {
  ArpEntry e;
  e.addr = InetAddr::from_v4(0);
  e.state = NUD_PERMANENT;
  e.proxy = true;
  e.whole_link = true;
  set_link(e, ifindex, links);
  return e;
}

std::vector<ArpEntry> join_entries(const std::vector<Neighbour>& ns, const ProxyArp& proxy_arp,
                                   const std::vector<Link>& links) {
  std::vector<ArpEntry> out;
  out.reserve(ns.size() + proxy_arp.ifindexes.size() + 1);
  for (const auto& n : ns) {
    ArpEntry e;
    e.addr = n.addr;
    // The kernel reports proxy entries as permanent (ATF_PERM).
    e.state = n.proxy ? uint16_t{NUD_PERMANENT} : n.state;
    e.proxy = n.proxy;
    e.authority = n.protocol == kAuthorityProtocol;
    e.lladdr = n.lladdr;
    set_link(e, n.ifindex, links);
    out.push_back(std::move(e));
  }
  for (int i : proxy_arp.ifindexes) out.push_back(whole_link_row(i, links));
  if (proxy_arp.all) out.push_back(whole_link_row(0, links));
  return out;
}

}  // namespace solnet
