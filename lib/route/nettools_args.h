// The net-tools route(8) command language for changes:
//   route [-A inet|inet6] add|del [-net|-host] TARGET [netmask NM] [gw GW]
//         [metric N] [mss M] [window W] [irtt I] [reject] [mod] [dyn]
//         [reinstate] [[dev] IF]
// with net-tools' meanings (metric N is kernel priority N, a bare target
// is a host ...). The keyword table below is the single source for
// parsing, usage text and completions.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "lib/common/keyword.h"
#include "lib/common/name_lookup.h"
#include "lib/common/result.h"
#include "lib/route/request.h"

namespace solnet {

// net-tools' exit statuses (lib/net-support.h).
inline constexpr int kExitUsage = 3;   // E_OPTERR
inline constexpr int kExitLookup = 6;  // E_LOOKUP
inline constexpr int kExitKernel = 7;  // E_SOCK

struct NetToolsWords;  // what the keywords collected, internal to the parser

struct NetToolsKeyword {
  KeywordInfo info;
  bool inet6;  // also valid with -A inet6
  Status (*apply)(NetToolsWords& w, std::string_view arg);
};

std::span<const NetToolsKeyword> nettools_keywords();

// `args` are the words after add/del. Errors carry net-tools' exit status.
Result<RouteRequest> parse_nettools(RouteOp op, const std::vector<std::string>& args, int family,
                                    NameLookup& names);

}  // namespace solnet
