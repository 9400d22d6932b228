#include "lib/arp/model.h"

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

namespace {

void set_link(ArpEntry& e, const Link* link) {
  if (!link) return;
  e.ifname = link->name;
  e.hwtype = link->type;
  if (e.proxy) e.lladdr = link->hwaddr;
}

}  // namespace

void join_entry(const Neighbour& n, const Link* link, ArpEntry& e) {
  e.addr = n.addr;
  e.ifname.clear();
  e.hwtype = 0;
  e.lladdr = n.lladdr;
  // The kernel reports proxy entries as permanent (ATF_PERM).
  e.state = n.proxy ? uint16_t{NUD_PERMANENT} : n.state;
  e.proxy = n.proxy;
  e.authority = n.protocol == kAuthorityProtocol;
  e.whole_link = false;
  e.hostname.reset();
  set_link(e, link);
}

void whole_link_entry(const Link* link, ArpEntry& e) {
  Neighbour n;
  n.addr = InetAddr::from_v4(0);
  n.proxy = true;
  join_entry(n, link, e);
  e.whole_link = true;
}

}  // namespace solnet
