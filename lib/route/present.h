// route's presenter: what src/route returned, as text or JSON, with the
// exit status. net-tools' changes are silent and their refusals exit 7;
// a Solaris change prints its result line on stdout, refusals included,
// with the errno as exit status (illumos' boot scripts read both).
#pragma once

#include <string>

#include "lib/common/name_lookup.h"
#include "lib/common/output.h"
#include "lib/route/globals.h"
#include "lib/route/outcome.h"

namespace solnet {

// Names are looked up unless view.numeric. illumos prints the result line
// of a change the static-routes file refused ("...: entry exists", "...:
// not in file") on stderr without the program's name: a note of the
// Output. Only the last step has one, so it follows every error line.
Output present_route(const RouteOutcome& outcome, const RouteView& view, NameLookup& names);

// One event of `route monitor`, as it comes.
std::string present_monitor_event(const MonitorEvent& e, const RouteView& view, NameLookup& names);

}  // namespace solnet
