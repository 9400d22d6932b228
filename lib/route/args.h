// A whole route command line after the global options: which syntax it is
// in (Solaris or net-tools; they share "add", "delete", "-net", "-host"),
// and the parsed command.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "lib/common/keyword.h"
#include "lib/common/name_lookup.h"
#include "lib/common/result.h"
#include "lib/route/globals.h"
#include "lib/route/request.h"
#include "lib/route/solaris_args.h"

namespace solnet {

enum class RouteAction { show, solaris, nettools };

struct RouteInvocation {
  RouteAction action = RouteAction::show;
  std::vector<int> families;              // show: the tables to print, in order
  std::optional<int> flush_first;         // Solaris -f: flush this family first
  std::optional<SolarisCommand> solaris;  // absent with -f alone
  RouteRequest nettools;
  std::vector<std::string> verb_args;     // the words after the verb (for -p)
  bool persistent = false;                // -p: the static-routes file too
  std::optional<std::string> root;        // -R DIR: that file under DIR, the kernel untouched
  RouteView view;
};

// Does an interface with this name exist? (A word after the destination
// is a net-tools device when it names one, else a Solaris gateway.)
using InterfaceExists = std::function<bool(const std::string& phys)>;

// A command word and what follows it, for the verb's handler.
struct VerbLine {
  const RouteGlobals& g;
  std::string_view verb;
  int solaris_family;  // the family "-f inet6" chose, else AF_INET
  NameLookup& names;
  const InterfaceExists& interface_exists;
};

struct RouteVerb {
  KeywordInfo info;
  // Parses inv.verb_args (the words after the verb) into inv.
  Status (*apply)(const VerbLine& line, RouteInvocation& inv);
};

std::span<const RouteVerb> route_verbs();

// "--json" and "-j" may stand anywhere, as with ifconfig, and so may
// net-tools' options (hoist_nettools_options) after `leading`, the ones
// before the command word.
Result<RouteInvocation> parse_route(const RouteGlobals& leading, const std::vector<std::string>& words, NameLookup& names,
                                    const InterfaceExists& interface_exists);

}  // namespace solnet
