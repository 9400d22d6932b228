// Applying a parsed ifconfig command to a link's configuration, strictly
// left to right (with illumos' one exception for the netmask of a command
// that sets an address), giving the desired configuration. Pure: the plan
// turns the result into kernel operations.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lib/common/result.h"
#include "lib/ifconfig/conf.h"
#include "lib/ifconfig/netmasks.h"
#include "lib/ifconfig/parse.h"

namespace solnet {

// What the command asks to have printed once it has been applied.
struct FoldNotes {
  std::vector<std::string> created;     // "Created new logical interface" names, in order
  std::vector<std::string> configinfo;  // interfaces whose configinfo to print
  std::vector<std::string> ether;       // interfaces whose Ethernet address to show
  std::vector<std::string> warnings{};  // stderr lines of a command that succeeded (routes gone)
};

// Applies `cmd` to the logical interface `unit` of `conf` (nullopt: the
// physical interface; a logical unit that does not exist is created, down,
// as Solaris does for root); an auto-revarp action carries the address
// RARP gave, as an address word does. `netmasks` is the netmasks(4) table for
// "netmask +". A netmask, broadcast, destination or metric for a physical
// interface left without an address is an error when the command names it,
// and skipped when -a selected it (`by_all`). On error `conf` is left
// half-changed: callers drop it.
Status fold_command(LinkConf& conf, std::optional<unsigned> unit, bool by_all, const IfCommand& cmd,
                    const std::vector<NetmaskEntry>& netmasks, FoldNotes& notes);

// Checks the desired configuration against the current one: an address
// given twice on the link.
Status validate_link_conf(const LinkConf& cur, const LinkConf& want);

}  // namespace solnet
