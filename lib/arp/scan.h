// The options of an arp command line, read as net-tools reads them with
// getopt_long: clustered short options, an option's argument glued or in
// the next word, long names by unique prefix, options anywhere, "--"
// ending them. Whether the line is illumos' or net-tools' is decided
// after (lib/arp/args.cc), from what this collected.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "lib/arp/hwtype.h"
#include "lib/arp/keywords.h"
#include "lib/common/result.h"

namespace solnet {

struct ArpScan {
  const ArpOption* action = nullptr;  // -a, -d, -f or -s: one per line, as illumos has it
  bool is(ArpOpt id) const { return action && action->id == id; }
  bool only_solaris_options = true;
  bool numeric = false;
  bool linux_table = false;  // -e
  bool verbose = false;
  bool use_device = false;   // -D
  bool help = false;
  bool json = false;
  std::optional<std::string> device;  // -i
  std::optional<HwType> hwtype;       // -H
  std::vector<std::string> operands;  // every word that is not an option
};

Result<ArpScan> scan_arp_options(std::span<const std::string> words);

}  // namespace solnet
