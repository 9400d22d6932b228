// Reading the netmasks(4) database for "netmask +".
#pragma once

#include <string>
#include <vector>

#include "lib/common/result.h"
#include "lib/ifconfig/netmasks.h"

namespace solnet {

// The entries of the file at `path`; a missing file is an empty table
// (every address then gets its classful mask, as on Solaris).
Result<std::vector<NetmaskEntry>> read_netmasks_file(const std::string& path);

}  // namespace solnet
