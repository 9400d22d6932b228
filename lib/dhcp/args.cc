#include "lib/dhcp/args.h"

#include <sys/socket.h>

#include "lib/common/escape.h"
#include "lib/dhcp/keyword_args.h"

namespace solnet {

namespace {

Error bad(std::string message) { return error(std::move(message), kDhcpExitBadArgs); }

bool is_keyword(std::string_view w) { return find_dhcp_keyword(w) != nullptr; }

}  // namespace

Result<DhcpRequest> parse_dhcp_words(std::span<const std::string> words) {
  DhcpWords w;
  for (std::size_t i = 1; i < words.size(); ++i) {
    const DhcpKeyword* k = find_dhcp_keyword(words[i]);
    if (!k) return unknown_dhcp_word(words[i]);
    auto args = keyword_args(k->info, words.subspan(i + 1), is_keyword);
    if (!args) return bad(args.error().message);
    i += args->size();
    if (auto st = k->parse(w, *k, *args); !st) return st.error();
  }
  return w.req;
}

Result<DhcpCommand> parse_dhcp_command(const std::optional<IfName>& name, int family, bool json,
                                       std::span<const std::string> words) {
  auto req = parse_dhcp_words(words);
  if (!req) return req.error();
  // "-a4 dhcp status": net-physical asks whether any client runs.
  if (!name && req->op == DhcpOp::status && family != AF_INET6 && !json) return DhcpCommand{std::nullopt, *req};
  if (!name) return bad("dhcp: an interface name is required");
  const std::string n = printable(name->str());
  if (name->logical()) return bad(n + ": DHCP is only available on physical interfaces");
  if (family == AF_INET6) return bad(n + ": DHCP is only available for inet");
  if (json) return bad("--json: dhcp has no JSON output");
  if (req->primary && req->op != DhcpOp::start && req->op != DhcpOp::extend && req->op != DhcpOp::inform)
    return bad("primary: only with start, extend or inform");
  return DhcpCommand{name->phys, *req};
}

}  // namespace solnet
