// The -p half of a Solaris command: its steps in the static-routes file.
#pragma once

#include <string>
#include <vector>

#include "lib/common/name_lookup.h"
#include "lib/route/args.h"
#include "lib/route/outcome.h"

namespace solnet {

// -f's flush of the file, then the verb's change (show: the file's
// routes). `path` is the file; -R DIR (inv.root) is where it is taken.
std::vector<RouteStep> persist_steps(const RouteInvocation& inv, const std::string& path, NameLookup& names);

}  // namespace solnet
