// What an ifconfig command did that is to be shown, as src/ifconfig reads
// it back from the kernel: the presenter (lib/ifconfig/present.h) prints it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lib/ifconfig/lif.h"

namespace solnet {

// What one configuring run asks to print, once it has been applied.
struct ConfigureResult {
  std::vector<std::string> created{};  // the logical interfaces addif created, in order
  std::vector<Lif> configinfo{};       // the interfaces whose configinfo line to print
  std::vector<Lif> ether{};            // the interfaces whose Ethernet address to show
  std::vector<std::string> warnings{}; // stderr lines, without the program's name
};

struct IfconfigOutcome {
  std::optional<std::vector<Lif>> shown{};  // a display: the logical interfaces selected
  std::vector<ConfigureResult> runs{};      // a change: one run, or one per interface for "-a ... auto-revarp"
};

}  // namespace solnet
