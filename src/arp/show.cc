#include "src/arp/show.h"

#include <algorithm>

#include "lib/common/escape.h"

namespace solnet {

Result<ArpShown> show_arp(const ArpArgs& a, ArpSystem& sys) {
  auto links = sys.kernel.links();
  if (!links) return links.error();
  if (a.device && *a.device != "*" &&
      std::none_of(links->begin(), links->end(), [&](const Link& l) { return l.name == *a.device; }))
    return error(printable(*a.device) + ": no such interface");

  auto ns = sys.neigh.neighbours(0);
  if (!ns) return ns.error();
  // Only the Net to Media table and JSON show whole-link proxy_arp rows.
  ProxyArp pa;
  if (a.mode == ArpMode::table || a.json) {
    auto p = sys.neigh.proxy_arp();
    if (!p) return p.error();
    pa = std::move(*p);
  }
  ArpShown shown;
  shown.entries = join_entries(*ns, pa, *links);

  // Solaris `arp HOST` prints the name as given; everything else looks
  // names up, unless -n.
  const ArpFilter filter = display_filter(a);
  if (!a.numeric && (a.mode != ArpMode::query || a.json))
    for (auto& e : shown.entries)
      if (!e.whole_link && filter.matches(e)) e.hostname = sys.names.host_name(e.addr);
  if (a.mode == ArpMode::table && !a.json) shown.local_domain = sys.names.local_domain();
  return shown;
}

}  // namespace solnet
