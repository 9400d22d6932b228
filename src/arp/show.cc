#include "src/arp/show.h"

#include <algorithm>

#include "lib/arp/json.h"
#include "lib/arp/text_nettools.h"
#include "lib/arp/text_solaris.h"
#include "lib/common/escape.h"

namespace solnet {

ArpOutcome show_arp(const ArpArgs& a, ArpSystem& sys) {
  auto links = sys.kernel.links();
  if (!links) return failed(links.error());
  if (a.device && *a.device != "*" &&
      std::none_of(links->begin(), links->end(), [&](const Link& l) { return l.name == *a.device; }))
    return failed(error(printable(*a.device) + ": no such interface"));

  const ArpFilter filter = display_filter(a);

  auto ns = sys.neigh.neighbours(0);
  if (!ns) return failed(ns.error());
  // Only the Net to Media table and JSON show whole-link proxy_arp rows.
  ProxyArp pa;
  if (a.mode == ArpMode::table || a.json) {
    auto p = sys.neigh.proxy_arp();
    if (!p) return failed(p.error());
    pa = std::move(*p);
  }
  auto entries = join_entries(*ns, pa, *links);

  // Solaris `arp HOST` prints the name as given; everything else looks
  // names up, unless -n.
  if (!a.numeric && (a.mode != ArpMode::query || a.json))
    for (auto& e : entries)
      if (!e.whole_link && filter.matches(e)) e.hostname = sys.names.host_name(e.addr);

  std::vector<ArpEntry> selected;
  std::copy_if(entries.begin(), entries.end(), std::back_inserter(selected), [&](const ArpEntry& e) {
    return filter.matches(e) && !(a.mode == ArpMode::query && e.whole_link);
  });
  const int missing = a.mode == ArpMode::query && selected.empty() ? 1 : 0;
  if (a.json) return ArpOutcome{render_arp_json(selected), {}, missing};

  switch (a.mode) {
    case ArpMode::query: {
      if (missing) return ArpOutcome{solaris_no_entry(a.host->word, a.host->addr), {}, 1};
      std::string out;
      for (const auto& e : selected) out += solaris_entry_line(a.host->word, e);
      return ArpOutcome{out, {}, 0};
    }
    case ArpMode::table:
      return ArpOutcome{render_net_to_media(selected, a.numeric, sys.names.local_domain()), {}, 0};
    default: {
      NetToolsView v;
      v.bsd = a.bsd;
      v.numeric = a.numeric;
      v.verbose = a.verbose;
      v.filter = filter;
      if (a.host) v.host_word = a.host->word;
      return ArpOutcome{render_nettools(entries, v), {}, 0};
    }
  }
}

}  // namespace solnet
