// What an arp command found or did: the model src/arp returns and
// lib/arp/present.h prints. Failures of the whole command are Errors.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "lib/arp/model.h"
#include "lib/common/result.h"

namespace solnet {

// -h, --help
struct ArpUsage {};

// A display form: every row of the table in the kernel's order (net-tools
// counts the rows a filter skips), names looked up for the rows shown
// unless the line said -n.
struct ArpShown {
  std::vector<ArpEntry> entries;
  std::string local_domain;  // the Net to Media table leaves it off names
};

// -s set the entry; warnings for stderr ("arp: warning: ...").
struct ArpSet {
  std::vector<std::string> warnings;
};

// -d: how many entries matched and were deleted (a proxy_arp setting
// counts as one); none is "no entry", which is printed, not an Error.
struct ArpDeleted {
  int removed = 0;
};

// -f: one result per line that holds an entry, in the file's order.
struct ArpLineResult {
  int number;                  // 1-based
  std::optional<Error> error;  // why the line's entry was not set
};
struct ArpFileSet {
  std::string path;
  std::vector<ArpLineResult> lines;
  std::vector<std::string> warnings;  // as ArpSet's
};

using ArpOutcome = std::variant<ArpUsage, ArpShown, ArpSet, ArpDeleted, ArpFileSet>;

}  // namespace solnet
