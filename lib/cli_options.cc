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

}  // namespace

std::span<const CliOption> ifconfig_cli_options() { return kIfconfig; }
std::span<const CliOption> arp_cli_options() { return kArp; }

std::string cli_option_form(const CliOption& o) {
  std::string s;
  for (const auto& f : cli_option_spellings(o)) s += (s.empty() ? "" : ", ") + f;
  return s;
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
