#include "lib/ifconfig/request.h"

#include <sys/socket.h>

#include "lib/common/escape.h"

namespace solnet {

namespace {

// Only root creates logical interfaces, and only IPv4 ones: an IPv6 one is
// its address.
bool allocates(const IfconfigArgs& args, bool privileged) {
  return privileged && args.name && args.name->logical() && args.family != AF_INET6;
}

}  // namespace

Result<IfconfigLine> parse_ifconfig_line(const std::vector<std::string>& words, bool json, bool privileged,
                                         NameLookup& names) {
  auto args = parse_ifconfig_args(words);
  if (!args) return args.error();
  args->json = args->json || json;
  if (!args->words.empty() && is_dhcp_intro(args->words[0])) {
    auto dhcp = parse_dhcp_command(args->name, args->family, args->json, args->words);
    if (!dhcp) return dhcp.error();
    return IfconfigLine(std::move(*dhcp));
  }
  IfconfigRequest req{*args, std::nullopt, allocates(*args, privileged)};
  if (args->words.empty()) {
    // SunOS ifconfig(1M): "If no address family is specified, inet is
    // assumed", so "ifconfig eth0" shows the IPv4 stanzas only; -a shows
    // both (or as inet_type(5) says, cmd/ifconfig.cc).
    if (req.args.name && !req.args.family) req.args.family = AF_INET;
    return IfconfigLine(std::move(req));
  }
  if (!privileged && !ifconfig_words_display_only(args->words))
    return error(args->name ? printable(args->name->str()) + ": permission denied" : "permission denied");
  auto cmd = parse_ifconfig_command(args->words, args->family, names);
  if (!cmd) return cmd.error();
  req.command = std::move(*cmd);
  return IfconfigLine(std::move(req));
}

}  // namespace solnet
