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

// A display form, written as the dump arrived (lib/arp/display.h): its
// exit status.
struct ArpShown {
  int status = 0;
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
