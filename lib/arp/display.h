// arp's display forms written a row at a time as the neighbour dump
// arrives: net-tools' tables, the illumos Net to Media table and `arp
// HOST` lines, and JSON. Copies keep what was written so far, so that a
// dump the kernel restarts can begin again from one.
#pragma once

#include <optional>
#include <string>

#include "lib/arp/args.h"
#include "lib/arp/json.h"
#include "lib/arp/text_nettools.h"

namespace solnet {

class ArpDisplay {
 public:
  // Rows go to `out`; the Net to Media table leaves `local_domain` off names.
  ArpDisplay(const ArpArgs& a, std::string& out, std::string local_domain = {});

  // Whether row(e) shows e's host name, so that it is looked up first.
  bool wants_name(const ArpEntry& e) const;
  // Every row of the table, in the kernel's order (net-tools counts the
  // rows a filter skips), whole-link rows last.
  void row(const ArpEntry& e);
  // What follows the rows; returns the exit status (1: `arp HOST` found
  // no entry).
  int end();

 private:
  const ArpArgs* a_;
  std::string* out_;
  std::string local_domain_;
  ArpFilter filter_;
  bool query_;
  int selected_ = 0;
  std::optional<NetToolsTable> nettools_;
  std::optional<ArpJsonWriter> json_;
};

}  // namespace solnet
