#include "lib/arp/present.h"

#include "lib/arp/keywords.h"
#include "lib/arp/text_nettools.h"
#include "lib/arp/text_solaris.h"
#include "lib/common/escape.h"

namespace solnet {

namespace {

Output shown(const ArpShown& m, const ArpArgs& a) { return Output{.status = m.status, .json = a.json}; }

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
