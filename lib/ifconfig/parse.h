// ifconfig's keyword words -> typed actions, before anything is read or
// changed. Host and network names go through the injected resolver; every
// other check is done here, so a malformed command fails whole.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "lib/common/ether_addr.h"
#include "lib/common/inet_addr.h"
#include "lib/common/name_lookup.h"
#include "lib/common/result.h"
#include "lib/ifconfig/keywords.h"

namespace solnet {

struct IfAction {
  IfOp op;
  const IfKeyword* keyword = nullptr;  // null for an address word
  InetAddr addr{};                     // the address argument; 0.0.0.0 for "0"
  std::optional<int> prefix{};         // "/LEN" of an address, or the netmask
  bool plus = false;                   // "netmask +", "broadcast +"
  uint32_t number = 0;                 // metric, mtu, txqueuelen
  std::optional<HwAddr> hw{};          // ether, hw; none: "ether" alone shows it
  std::string arg{};                   // the argument as typed, printable, for messages
  std::string ifname{};                // usesrc: the source interface; empty for "none"
};

struct IfCommand {
  std::vector<IfAction> actions;
  bool changes = false;         // some action changes something (else display only)
  bool needs_netmasks = false;  // "netmask +" appears: netmasks(4) must be read
  // The last netmask of a command that sets an address: illumos applies it
  // when the address is set, wherever it stands (ifconfig.c, the "netmask
  // hack"), so "ADDR broadcast + netmask +" computes the new broadcast.
  std::optional<std::size_t> address_netmask;
};

// `family` is the one named after the interface (0: none, inet assumed).
Result<IfCommand> parse_ifconfig_command(std::span<const std::string> words, int family, NameLookup& names);

// True when the words only display (configinfo, "ether" alone): such a
// command needs no privilege. Decided from the keyword table alone, before
// any name is resolved.
bool ifconfig_words_display_only(std::span<const std::string> words);

}  // namespace solnet
