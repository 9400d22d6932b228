// net-tools' `ifconfig -s`: the short list netstat -i prints, one row per
// link and per IPv4 label (an alias, which has no counters of its own), in
// net-tools' name order; and the same counters as JSON.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lib/common/kernel_model.h"
#include "lib/common/result.h"

namespace solnet {

struct ShortListRequest {
  bool all = false;                 // -a: down links too
  std::optional<std::string> name;  // one interface (or alias), up or down
  bool json = false;
};

// The net-tools leading options -s and -v, wherever getopt-style among the
// leading dash words (`-a -s`, `-s -a`, `-v -s`); -v only makes net-tools'
// errors wordier and means nothing here. `s_given`: -s was already read by
// the option table. The remaining words without -s/-v.
struct NetToolsLeading {
  bool short_list = false;
  std::vector<std::string> words;
};
NetToolsLeading take_net_tools_leading(const std::vector<std::string>& words, bool s_given);

// net-tools takes -s and -v only alone; CLI11 would read "-standby" as
// -s -tandby and "-va" as -v -a. An error for such a leading word.
Status refuse_sv_clusters(const std::vector<std::string>& words);

// The rest of an `ifconfig -s` line: nothing, -a, or one interface name.
Result<ShortListRequest> parse_short_list(const std::vector<std::string>& words, bool json);

struct ShortRow {
  std::string name;
  unsigned mtu = 0;
  unsigned flags = 0;               // the link's IFF_*
  std::optional<LinkStats> stats;   // none for an alias
};

// net-tools' nstrcmp order: a trailing number compares as a number
// (eth2 < eth10), then the alias after ':'.
bool net_tools_name_less(std::string_view a, std::string_view b);

// The rows `req` selects from the links (with counters) and their IPv4
// addresses; nullopt when it names an interface that is not there.
std::optional<std::vector<ShortRow>> short_rows(const std::vector<Link>& links, const std::vector<Addr>& addrs4,
                                                const ShortListRequest& req);

// Header and rows, byte for byte as net-tools 2.10 prints them.
std::string short_list_text(const std::vector<ShortRow>& rows);
std::string short_list_json(const std::vector<ShortRow>& rows);

}  // namespace solnet
