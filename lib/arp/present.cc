#include "lib/arp/present.h"

#include <algorithm>

#include "lib/arp/json.h"
#include "lib/arp/keywords.h"
#include "lib/arp/text_nettools.h"
#include "lib/arp/text_solaris.h"
#include "lib/common/escape.h"

namespace solnet {

namespace {

Output shown(const ArpShown& m, const ArpArgs& a) {
  const ArpFilter filter = display_filter(a);
  if (a.mode == ArpMode::list && !a.json) {
    NetToolsView v;
    v.bsd = a.bsd;
    v.numeric = a.numeric;
    v.verbose = a.verbose;
    v.filter = filter;
    if (a.host) v.host_word = a.host->word;
    return Output{.out = render_nettools(m.entries, v)};
  }
  const bool query = a.mode == ArpMode::query;
  std::vector<ArpEntry> selected;
  std::copy_if(m.entries.begin(), m.entries.end(), std::back_inserter(selected),
               [&](const ArpEntry& e) { return filter.matches(e) && !(query && e.whole_link); });
  const int missing = query && selected.empty() ? 1 : 0;
  if (a.json) return Output{.out = render_arp_json(selected), .status = missing, .json = true};
  if (!query) return Output{.out = render_net_to_media(selected, a.numeric, m.local_domain)};
  if (missing) return Output{.out = solaris_no_entry(a.host->word, a.host->addr), .status = 1};
  std::string out;
  for (const auto& e : selected) out += solaris_entry_line(a.host->word, e);
  return Output{.out = out};
}

Output deleted(const ArpDeleted& d, const ArpArgs& a) {
  const ArpHost& h = a.change->host;
  if (d.removed == 0)
    return Output{.out = a.net_tools ? nettools_no_entry(h.word) : solaris_no_entry(h.word, h.addr), .status = 1};
  return Output{.out = a.net_tools ? "" : solaris_deleted(h.word, h.addr)};
}

// Each refused line as "FILE:N: why"; the status is 1 when any was.
Output file_set(const ArpFileSet& f) {
  Output o;
  for (const auto& line : f.lines)
    if (line.error) o.errors.push_back(printable(f.path) + ":" + std::to_string(line.number) + ": " + line.error->message);
  o.status = o.errors.empty() ? 0 : 1;
  o.notes = f.warnings;
  return o;
}

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;  // clang 14 deduces no aggregates

}  // namespace

Output present_arp(const ArpOutcome& o, const ArpArgs& a) {
  return std::visit(Overloaded{
                        [](const ArpUsage&) { return Output{.out = arp_usage()}; },
                        [&](const ArpShown& m) { return shown(m, a); },
                        [](const ArpSet& s) { return Output{.notes = s.warnings}; },
                        [&](const ArpDeleted& d) { return deleted(d, a); },
                        [](const ArpFileSet& f) { return file_set(f); },
                    },
                    o);
}

}  // namespace solnet
