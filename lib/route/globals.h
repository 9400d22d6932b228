// route's leading options, as cmd/route.cc's CLI11 layer found them, and
// what of them decides how results are shown.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lib/common/cli_options.h"
#include "lib/common/result.h"

namespace solnet {

struct RouteGlobals {
  bool numeric = false;       // -n
  bool symbolic = false;      // -N (net-tools: numeric as well)
  bool verbose = false;       // -v
  int extend = 0;             // number of -e (net-tools)
  std::vector<std::string> families;  // -A inet,inet6 / -4 / -6 / --inet / --inet6 (net-tools)
  bool fib = false;           // -F (net-tools; the only table there is)
  bool flush = false;         // -f (Solaris)
  bool persistent = false;    // -p (Solaris)
  bool quiet = false;         // -q (Solaris)
  std::optional<std::string> root;  // -R DIR (Solaris, with -p)
  bool json = false;          // --json / -j

  bool solaris_only() const { return flush || persistent || quiet || root; }
  bool nettools_only() const { return extend > 0 || !families.empty() || symbolic || fib; }
};

// How results are shown.
struct RouteView {
  bool numeric = false;  // -n or -N: no names
  bool quiet = false;    // -q: no result lines for successes
  bool verbose = false;  // -v: each request sent, before a Solaris change's result
  bool json = false;     // --json or -j, as an option or among the words
  int extend = 0;        // number of -e
};

// The options from how often each was given and the arguments of those
// that take one; -C is an error.
Result<RouteGlobals> route_globals(const std::map<CliOpt, int>& given,
                                   const std::map<CliOpt, std::vector<std::string>>& args);

}  // namespace solnet
