// What an arp command line asks for, in either syntax, typed before any
// I/O: hosts resolved, hardware addresses parsed. A line that illumos arp
// accepts (`arp HOST`, `arp -a [-n]`, `arp -d HOST`, `arp -s HOST MAC
// [temp] [pub] [trail] [permanent]`, `arp -f FILE`) is read as illumos
// reads it; any other line as net-tools arp reads it (getopt_long, options
// anywhere). Forcing net-tools reads every line the net-tools way.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "lib/arp/change.h"
#include "lib/arp/model.h"
#include "lib/common/name_lookup.h"
#include "lib/common/result.h"

namespace solnet {

enum class ArpMode {
  query,  // Solaris `arp HOST`: one line per entry
  table,  // Solaris `arp -a`: the Net to Media table
  list,   // net-tools display: Linux (-e) or BSD (-a) style
  set,    // -s
  del,    // -d
  file,   // -f
  help,
};

struct ArpArgs {
  ArpMode mode = ArpMode::list;
  bool net_tools = false;   // the syntax the line was read in
  bool numeric = false;
  bool bsd = false;         // net-tools -a without -e
  bool verbose = false;
  bool json = false;
  std::optional<std::string> device;  // -i; "*" (display) is proxy entries of every link
  ArpHwRule hw;                       // -H and -D
  std::optional<ArpHost> host;        // query, or a net-tools display filter
  std::optional<ArpChange> change;    // set, del
  std::optional<std::string> file;    // file; net-tools default /etc/ethers
};

// What the command's leading global options (cmd/) already said.
struct ArpGlobals {
  bool json = false;
  bool net_tools = false;  // read every line as net-tools does
};

// Every check of the words comes before the host names are looked up.
Result<ArpArgs> parse_arp_args(std::span<const std::string> words, ArpGlobals g, NameLookup& names);

// The rows a display line selects: HOST, -i IF, -H HW.
ArpFilter display_filter(const ArpArgs& a);

}  // namespace solnet
