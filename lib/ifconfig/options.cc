#include "lib/ifconfig/options.h"

namespace solnet {

namespace {

constexpr CliOption kIfconfig[] = {
    {cli_flag("--json", "print JSON (display forms; anywhere on the line)"), "-j,--json", CliOpt::json},
    {cli_flag("-s", "net-tools' short list with counters (-s -a: down links too; -s IF)"), "-s", CliOpt::short_list},
    {cli_flag("-v", "accepted as net-tools does (only wordier errors there; no effect here)"), "-v", CliOpt::verbose},
    {cli_flag("--help", "print this help"), "-h,--help", CliOpt::help},
    {cli_flag("--version", "print the version"), "--version", CliOpt::version},
};

}  // namespace

std::span<const CliOption> ifconfig_cli_options() { return kIfconfig; }

}  // namespace solnet
