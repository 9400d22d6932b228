#include "cli_options.h"

namespace solnet {

namespace {

constexpr KeywordInfo flag(std::string_view name, std::string_view help) {
  return {name, Arg::none, "", help, ArgKind::none, ""};
}

constexpr CliOption kIfconfig[] = {
    {flag("--json", "print JSON (display forms; anywhere on the line)"), "-j,--json", CliOpt::json},
    {flag("--help", "print this help"), "-h,--help", CliOpt::help},
    {flag("--version", "print the version"), "--version", CliOpt::version},
};

// arp's -h is in its own option table (net-tools has it); --help too.
constexpr CliOption kArp[] = {
    {flag("--net-tools", "read the line as net-tools arp does (first on the line)"), "--net-tools",
     CliOpt::net_tools},
    {flag("--json", "print JSON (display forms)"), "-j,--json", CliOpt::json},
    {flag("--version", "print the version"), "-V,--version", CliOpt::version},
};

constexpr KeywordInfo with_arg(std::string_view name, std::string_view arg_name, ArgKind kind, std::string_view help,
                               std::string_view choices = "") {
  return {name, Arg::required, arg_name, help, kind, choices};
}

// route's leading options: net-tools' and illumos' (-f -p -q -R) together;
// the words after the command (-net, -netmask ...) are its keywords.
constexpr CliOption kRoute[] = {
    {flag("--help", "print this help"), "-h,--help", CliOpt::help},
    {flag("--numeric", "numeric addresses: no host or network names"), "-n,--numeric", CliOpt::numeric},
    {flag("--symbolic", "net-tools: accepted; addresses are shown numeric"), "-N,--symbolic", CliOpt::symbolic},
    {flag("--verbose", "verbose: show what is asked of the kernel"), "-v,--verbose", CliOpt::verbose},
    {flag("--extend", "net-tools: more columns (-ee: more still)"), "-e,--extend", CliOpt::extend},
    {with_arg("--protocol", "FAMILY", ArgKind::choice, "net-tools: address family, inet (default), inet6 or both",
              "inet inet6 inet,inet6"),
     "-A,--protocol", CliOpt::protocol},
    {flag("--inet", "net-tools: the same as -A inet"), "-4,--inet", CliOpt::inet},
    {flag("--inet6", "net-tools: the same as -A inet6"), "-6,--inet6", CliOpt::inet6},
    {flag("--fib", "net-tools: the forwarding table (the default and only one)"), "-F,--fib", CliOpt::fib},
    {flag("--cache", "net-tools: the routing cache, which Linux no longer has (an error)"), "-C,--cache",
     CliOpt::cache},
    {flag("-f", "Solaris: first delete every route through a gateway"), "-f", CliOpt::flush},
    {flag("-p", "Solaris: also record the change in the static-routes file"), "-p", CliOpt::persistent},
    {flag("-q", "Solaris: quiet, no result lines for successes"), "-q", CliOpt::quiet},
    {with_arg("-R", "DIR", ArgKind::file, "Solaris: with -p, change DIR's static-routes file only"), "-R",
     CliOpt::root},
    {flag("--json", "print JSON (table displays and get)"), "-j,--json", CliOpt::json},
    {flag("--version", "print the version"), "-V,--version", CliOpt::version},
};

}  // namespace

std::span<const CliOption> ifconfig_cli_options() { return kIfconfig; }
std::span<const CliOption> route_cli_options() { return kRoute; }
std::span<const CliOption> arp_cli_options() { return kArp; }

std::string cli_option_form(const CliOption& o) {
  std::string s;
  for (const auto& f : cli_option_spellings(o)) s += (s.empty() ? "" : ", ") + f;
  return s;
}

std::string cli_option_hint(std::string_view word, std::span<const CliOption> table, std::vector<std::string> more) {
  for (const auto& o : table)
    for (auto& f : cli_option_spellings(o)) more.push_back(std::move(f));
  std::vector<std::string_view> names(more.begin(), more.end());
  return did_you_mean(word, names);
}

std::vector<std::string> cli_option_spellings(const CliOption& o) {
  std::vector<std::string> out(1);
  for (char c : o.flags) {
    if (c == ',') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

}  // namespace solnet
