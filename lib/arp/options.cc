#include "lib/arp/options.h"

namespace solnet {

namespace {

// arp's -h is in its own option table (net-tools has it); --help too.
constexpr CliOption kArp[] = {
    {cli_flag("--net-tools", "read the line as net-tools arp does (first on the line)"), "--net-tools",
     CliOpt::net_tools},
    {cli_flag("--json", "print JSON (display forms)"), "-j,--json", CliOpt::json},
    {cli_flag("--version", "print the version"), "-V,--version", CliOpt::version},
};

}  // namespace

std::span<const CliOption> arp_cli_options() { return kArp; }

}  // namespace solnet
