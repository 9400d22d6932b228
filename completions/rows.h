// The completion rows of each command with a table, by the command's name:
// what the generator and the manual-page check walk.
#pragma once

#include <string_view>
#include <vector>

#include "lib/common/completion_table.h"
#include "lib/common/result.h"

namespace solnet {

// The rows of "ifconfig", "route" or "arp"; an error for other names.
Result<std::vector<CompletionRow>> completion_rows(std::string_view command);

}  // namespace solnet
