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

// The table appended to `out` a row at a time as the dump arrives.
class NetToolsTable {
 public:
  NetToolsTable(std::string& out, const NetToolsView& v) : out_(&out), v_(v) {}
  // Every entry of the kernel's table: net-tools counts those
  // /proc/net/arp lists, and shows those the filter selects.
  void row(const ArpEntry& e);
  // The -v counts and the no-match lines.
  void end();

 private:
  std::string* out_;
  NetToolsView v_;
  int total_ = 0;
  int shown_ = 0;
};

// The -d result when nothing matched: "No ARP entry for HOST".
std::string nettools_no_entry(const std::string& host_word);

}  // namespace solnet
