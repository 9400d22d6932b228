#include "lib/route/options.h"

namespace solnet {

namespace {

// route's leading options: net-tools' and illumos' (-f -p -q -R) together;
// the words after the command (-net, -netmask ...) are its keywords.
constexpr CliOption kRoute[] = {
    {cli_flag("--help", "print this help"), "-h,--help", CliOpt::help},
    {cli_flag("--numeric", "numeric addresses: no host or network names"), "-n,--numeric", CliOpt::numeric},
    {cli_flag("--symbolic", "net-tools: accepted; addresses are shown numeric"), "-N,--symbolic", CliOpt::symbolic},
    {cli_flag("--verbose", "verbose: show what is asked of the kernel"), "-v,--verbose", CliOpt::verbose},
    {cli_flag("--extend", "net-tools: more columns (-ee: more still)"), "-e,--extend", CliOpt::extend},
    {cli_with_arg("--protocol", "FAMILY", ArgKind::choice, "net-tools: address family, inet (default), inet6 or both",
              "inet inet6 inet,inet6"),
     "-A,--protocol", CliOpt::protocol},
    {cli_flag("--inet", "net-tools: the same as -A inet"), "-4,--inet", CliOpt::inet},
    {cli_flag("--inet6", "net-tools: the same as -A inet6"), "-6,--inet6", CliOpt::inet6},
    {cli_flag("--fib", "net-tools: the forwarding table (the default and only one)"), "-F,--fib", CliOpt::fib},
    {cli_flag("--cache", "net-tools: the routing cache, which Linux no longer has (an error)"), "-C,--cache",
     CliOpt::cache},
    {cli_flag("-f", "Solaris: first delete every route through a gateway"), "-f", CliOpt::flush},
    {cli_flag("-p", "Solaris: also record the change in the static-routes file"), "-p", CliOpt::persistent},
    {cli_flag("-q", "Solaris: quiet, no result lines for successes"), "-q", CliOpt::quiet},
    {cli_with_arg("-R", "DIR", ArgKind::file, "Solaris: with -p, change DIR's static-routes file only"), "-R",
     CliOpt::root},
    {cli_with_arg("-z", "ZONE", ArgKind::word, "Solaris: apply the command in ZONE (not supported on this system)"),
     "-z", CliOpt::zone},
    {cli_flag("--json", "print JSON (table displays and get)"), "-j,--json", CliOpt::json},
    {cli_flag("--version", "print the version"), "-V,--version", CliOpt::version},
};

}  // namespace

std::span<const CliOption> route_cli_options() { return kRoute; }

}  // namespace solnet
