#include "src/arp/show.h"

#include <unordered_map>

#include "lib/arp/display.h"
#include "lib/common/dump_rows.h"
#include "lib/common/escape.h"

namespace solnet {

Result<ArpShown> show_arp(const ArpArgs& a, ArpSystem& sys, Sink& sink) {
  auto links = sys.kernel.links();
  if (!links) return links.error();
  // Links by index: an entry finds its link in O(1).
  std::unordered_map<int, const Link*> by_index;
  for (const auto& l : *links) by_index.emplace(l.index, &l);
  if (a.device && *a.device != "*" &&
      std::none_of(links->begin(), links->end(), [&](const Link& l) { return l.name == *a.device; }))
    return error(printable(*a.device) + ": no such interface");
  const auto link = [&](int index) -> const Link* {
    auto it = by_index.find(index);
    return it == by_index.end() ? nullptr : it->second;
  };

  // Only the Net to Media table and JSON show whole-link proxy_arp rows.
  ProxyArp pa;
  if (a.mode == ArpMode::table || a.json) {
    auto p = sys.neigh.proxy_arp();
    if (!p) return p.error();
    pa = std::move(*p);
  }
  ArpDisplay display(a, sink.text, a.mode == ArpMode::table && !a.json ? sys.names.local_domain() : "");
  ArpEntry e;
  const auto show = [&] {
    if (display.wants_name(e)) e.hostname = sys.names.host_name(e.addr);
    display.row(e);
  };
  for (bool proxy : {false, true}) {
    DumpRows rows(sink);
    const ArpDisplay before = display;
    auto st = sys.neigh.each_neighbour(0, proxy, [&] {
      if (rows.restart()) display = before;
    }, [&](const Neighbour& n) {
      if (!rows.next()) return;
      join_entry(n, link(n.ifindex), e);
      show();
      rows.done();
    });
    if (!st) return st.error();
  }
  for (int i : pa.ifindexes) {
    whole_link_entry(link(i), e);
    show();
  }
  if (pa.all) {
    whole_link_entry(link(0), e);
    show();
  }
  ArpShown shown{display.end()};
  sink.row_done();
  return shown;
}

}  // namespace solnet
