// What a DHCP command did that is to be shown: the state of each interface
// "status" asked about, in order. The other operations show nothing: their
// outcome is their exit status.
#pragma once

#include <vector>

#include "lib/dhcp/status.h"

namespace solnet {

struct DhcpOutcome {
  std::vector<DhcpStatus> statuses;
};

}  // namespace solnet
