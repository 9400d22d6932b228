// `ifconfig -s` on the system: the one display that asks the kernel for
// counters (a link dump with stats and an IPv4 address dump for aliases).
#pragma once

#include "lib/common/output.h"
#include "lib/ifconfig/short_list.h"
#include "src/common/kernel.h"

namespace solnet {

Output run_short_list(Kernel& kernel, const ShortListRequest& req);

}  // namespace solnet
