#include "lib/dhcp/present.h"

namespace solnet {

Output present_dhcp(const DhcpOutcome& o, const LocalTimeFn& local) {
  Output out;
  for (const auto& s : o.statuses) out.out += render_dhcp_status(s, local);
  return out;
}

}  // namespace solnet
