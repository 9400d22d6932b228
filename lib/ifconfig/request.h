// An ifconfig command line, typed whole before anything is read or
// changed: a display, a configuring command, or a DHCP command.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "lib/common/name_lookup.h"
#include "lib/common/result.h"
#include "lib/dhcp/args.h"
#include "lib/ifconfig/args.h"
#include "lib/ifconfig/parse.h"

namespace solnet {

struct IfconfigRequest {
  IfconfigArgs args;                 // the selection, the family, --json
  std::optional<IfCommand> command;  // the keywords; none: a display
  // Root naming an IPv4 logical interface that does not exist creates it,
  // down, as SunOS does.
  bool allocates = false;
};

using IfconfigLine = std::variant<IfconfigRequest, DhcpCommand>;

// `words` follow the leading options; `json` when those held --json. A
// change needs `privileged` (CAP_NET_ADMIN): without it the command is
// refused before its keywords are read, so no name is looked up for it.
Result<IfconfigLine> parse_ifconfig_line(const std::vector<std::string>& words, bool json, bool privileged,
                                         NameLookup& names);

}  // namespace solnet
