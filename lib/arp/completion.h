// arp's completion rows, built from the tables its parser reads.
#pragma once

#include <vector>

#include "lib/common/completion_table.h"

namespace solnet {

std::vector<CompletionRow> arp_completion_rows();

}  // namespace solnet
