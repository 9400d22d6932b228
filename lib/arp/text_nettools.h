// net-tools arp's output, byte for byte: the Linux table (`arp`, `arp -e`,
// `arp -n`), the BSD style (`arp -a`), the -v count and the no-match lines.
// net-tools reads /proc/net/arp, which leaves out NOARP entries and the
// whole-link proxy_arp setting; so do these renderers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lib/arp/model.h"

namespace solnet {

struct NetToolsView {
  bool bsd = false;
  bool numeric = false;
  bool verbose = false;
  ArpFilter filter;
  std::string host_word;  // HOST as given, when filter.host is set
};

std::string render_nettools(const std::vector<ArpEntry>& entries, const NetToolsView& v);

// The -d result when nothing matched: "No ARP entry for HOST".
std::string nettools_no_entry(const std::string& host_word);

}  // namespace solnet
