// The ifconfig keyword table: the single source for parsing, usage text
// (ifconfig_usage.h), "did you mean", completions, the manual's keyword
// check and configinfo.
// Each entry says what the keyword does (op), how its argument words read
// (parse), which address families it applies to and which flag it sets or
// clears; the fold dispatches on op, never on the keyword's spelling.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "lib/common/keyword.h"
#include "lib/common/result.h"

namespace solnet {

enum class IfOp : uint8_t {
  address,         // no keyword: the first address word ("ADDR[/LEN]", a host, "0")
  destination,     // the second address word, "pointopoint ADDR"
  no_destination,  // "-pointopoint"
  up,
  down,
  link_flag,       // sets or clears a flag of the link (IFF_NOARP ...)
  lif_flag,        // sets or clears a flag only the state store holds (PRIVATE ...)
  netmask,
  broadcast,
  no_broadcast,
  metric,
  mtu,
  txqueuelen,
  ether,           // "ether MAC" sets the link address; "ether" alone shows it
  hw,              // "hw ether MAC"
  plumb,
  unplumb,
  addif,
  removeif,
  add,             // net-tools: a new logical interface with the physical's mask
  del,             // net-tools: removes the logical interface holding the address
  configinfo,
  auto_revarp,     // the address, asked of the network by RARP before the fold
  usesrc,          // "usesrc IF|none": the source address of packets out of the link
  media,           // net-tools "media TYPE": only "auto", the driver's choice, which changes nothing
  // IPv6 and the rest of illumos' keywords
  set,             // "set ADDR[/LEN]": the address, without marking the interface up
  subnet,          // "subnet ADDR/LEN": the prefix length of the address
  router,          // per-interface forwarding of the command's family
  token,           // the IPv6 interface token of the link
  refused,         // no Linux equivalent: refused, changing nothing (IfKeyword::refused says why)
};

// The address families a keyword applies to.
inline constexpr unsigned kFamInet = 1;
inline constexpr unsigned kFamInet6 = 2;
inline constexpr unsigned kFamAny = kFamInet | kFamInet6;

struct IfAction;
struct IfWordContext;

// Reads a keyword's argument words (as many as its KeywordInfo declares)
// into its action (lib/ifconfig/keyword_args.h).
using IfArgParser = Status (*)(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);

struct IfKeyword {
  KeywordInfo info;
  IfOp op;
  IfArgParser parse = nullptr;  // null exactly for a refused keyword, refused before its argument
  unsigned families = kFamInet;
  uint64_t flag = 0;           // link_flag, lif_flag: the Solaris flag (sol_flags.h)
  bool on = true;              // link_flag, lif_flag: set the flag, or clear it
  bool changes = true;         // false: the keyword only displays
  bool physical_only = false;  // refused on a logical interface
  bool configinfo = false;     // configinfo writes this keyword when its effect holds
  std::string_view refused{};  // refused: why Linux has no equivalent
};

// Every keyword, in the order usage text lists them.
std::span<const IfKeyword> ifconfig_keywords();

const IfKeyword* find_ifconfig_keyword(std::string_view name);

// "KEYWORD: not supported on this system (WHY)" for a refused keyword.
std::string refusal_message(const IfKeyword& k);

// The keyword closest to a mistyped word, for "did you mean".
std::optional<std::string_view> closest_ifconfig_keyword(std::string_view word);

}  // namespace solnet
