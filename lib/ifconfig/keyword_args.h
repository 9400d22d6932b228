// What each ifconfig keyword makes of its argument words: the parsers the
// keyword table's rows point at. Each gets exactly the words its row
// declares (lib/common/keyword.h: keyword_args) and fills the action.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "lib/common/name_lookup.h"
#include "lib/common/result.h"
#include "lib/ifconfig/parse.h"

namespace solnet {

// What an argument parser reads and sets besides its action.
struct IfWordContext {
  int family;          // the command's; IPv4 unless AF_INET6
  NameLookup& names;   // hosts(5) and networks(5) names
  int addresses = 0;   // address words so far; after addif or set the next one is the destination
};

// For the rows. `args` holds the words the row declares.
Status no_arg(IfWordContext&, IfAction&, std::span<const std::string>);
Status netmask_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);
Status broadcast_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);
Status address_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);      // ADDR
Status prefixed_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);     // ADDR[/LEN]
Status new_address_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);  // ADDR[/LEN] or 0
Status count_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);        // 0 .. 2^32-1
Status txqueuelen_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);  // strtoul base 0
Status mtu_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);
Status ether_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);
Status hw_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);
Status subnet_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);
Status token_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);
Status usesrc_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);
Status media_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args);

// Shared with the parser's address words, which no keyword introduces:

// Words worth asking the hosts database about.
bool host_like(std::string_view w);

// Digits, '.' and '/' only.
bool numeric_looking(std::string_view w);
// An IPv6 literal, perhaps with "/LEN": hex digits, ':' and '.', a colon.
bool v6_looking(std::string_view w);

// An address argument: numeric or a host name, with "/LEN" when allowed;
// "0" when the interface may be left without an address.
Status address_value(IfWordContext& ctx, const std::string& w, IfAction& a, bool with_prefix, bool zero_ok);

// The longest prefix of the command's family: 32 or 128.
int max_prefix(const IfWordContext& ctx);

}  // namespace solnet
