// What an arp command line asks for, in either syntax. A line that illumos
// arp accepts (`arp HOST`, `arp -a [-n]`, `arp -d HOST`, `arp -s HOST MAC
// [temp] [pub] [trail] [permanent]`, `arp -f FILE`) is read as illumos reads
// it; any other line as net-tools arp reads it (getopt_long, options
// anywhere). Forcing net-tools reads every line the net-tools way.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "lib/arp/modifiers.h"
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

// The words after -s HOST and -d HOST, and a line of an -f file.
struct ArpChange : ArpModifiers {
  std::string host;
  std::string hw;       // MAC, or with -D the interface whose MAC to use
  bool net_tools_only = false;     // used a keyword illumos lacks
};

struct ArpArgs {
  ArpMode mode = ArpMode::list;
  bool net_tools = false;   // the syntax the line was read in
  bool numeric = false;
  bool bsd = false;         // net-tools -a without -e
  bool verbose = false;
  bool use_device = false;  // -D
  bool json = false;
  std::optional<std::string> device;  // -i
  std::optional<int> hwtype;          // -H, as ARPHRD_*
  std::string hwtype_name = "ether";
  std::optional<std::string> host;    // query, or a net-tools display filter
  std::optional<ArpChange> change;    // set, del
  std::optional<std::string> file;    // file; net-tools default /etc/ethers
};

// What the command's leading global options (cmd/) already said.
struct ArpGlobals {
  bool json = false;
  bool net_tools = false;  // read every line as net-tools does
};

Result<ArpArgs> parse_arp_args(std::span<const std::string> words, ArpGlobals g = {});

// The words after -s (HOST MAC keywords...) or -d (HOST keywords...).
Result<ArpChange> parse_arp_change(std::span<const std::string> words, bool set);

}  // namespace solnet
