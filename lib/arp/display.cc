#include "lib/arp/display.h"

#include "lib/arp/text_solaris.h"

namespace solnet {

ArpDisplay::ArpDisplay(const ArpArgs& a, std::string& out, std::string local_domain)
    : a_(&a), out_(&out), local_domain_(std::move(local_domain)), filter_(display_filter(a)),
      query_(a.mode == ArpMode::query) {
  if (a.json) {
    json_.emplace(out);
  } else if (a.mode == ArpMode::list) {
    NetToolsView v;
    v.bsd = a.bsd;
    v.numeric = a.numeric;
    v.verbose = a.verbose;
    v.filter = filter_;
    if (a.host) v.host_word = a.host->word;
    nettools_.emplace(out, v);
  }
}

// Solaris `arp HOST` prints the name as given; everything else looks names
// up, unless -n.
bool ArpDisplay::wants_name(const ArpEntry& e) const {
  return !a_->numeric && (!query_ || a_->json) && !e.whole_link && filter_.matches(e);
}

void ArpDisplay::row(const ArpEntry& e) {
  if (nettools_) return nettools_->row(e);
  if (!filter_.matches(e) || (query_ && e.whole_link)) return;
  ++selected_;
  if (json_) json_->entry(e);
  else if (!query_) net_to_media_row(*out_, e, a_->numeric, local_domain_, selected_ == 1);
  else *out_ += solaris_entry_line(a_->host->word, e);
}

int ArpDisplay::end() {
  if (nettools_) {
    nettools_->end();
    return 0;
  }
  const bool missing = query_ && selected_ == 0;
  if (json_) json_->end();
  else if (missing) *out_ += solaris_no_entry(a_->host->word, a_->host->addr);
  return missing ? 1 : 0;
}

}  // namespace solnet
