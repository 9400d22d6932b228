#include "lib/dhcp/keyword_args.h"

#include <charconv>
#include <limits>
#include <vector>

#include "lib/common/escape.h"

namespace solnet {

namespace {

Error bad(std::string message) { return error(std::move(message), kDhcpExitBadArgs); }

Result<DhcpWait> parse_wait(const std::string& arg) {
  if (arg == "forever") return DhcpWait{true, 0};
  unsigned n = 0;
  const char* end = arg.data() + arg.size();
  auto [p, ec] = std::from_chars(arg.data(), end, n);
  if (arg.empty() || ec != std::errc() || p != end || n > std::numeric_limits<int>::max())
    return bad(printable(arg) + ": bad wait time (seconds or forever)");
  return DhcpWait{false, n};
}

}  // namespace

Error unknown_dhcp_word(const std::string& word) {
  std::vector<std::string_view> names;
  for (const auto& k : dhcp_keywords())
    if (k.role != DhcpWordRole::intro) names.push_back(k.info.name);
  return bad(printable(word) + ": unknown DHCP operation" + did_you_mean(word, names));
}

// "dhcp" only begins the command.
Status intro_word(DhcpWords&, const DhcpKeyword& k, std::span<const std::string>) {
  return unknown_dhcp_word(std::string(k.info.name));
}

Status operation_word(DhcpWords& w, const DhcpKeyword& k, std::span<const std::string>) {
  if (w.have_op)
    return bad(std::string(k.info.name) + ": only one DHCP operation may be given (" +
               std::string(dhcp_op_name(w.req.op)) + " came first)");
  w.have_op = true;
  w.req.op = k.op;
  return {};
}

// Repeats of primary and wait are allowed and the last wait counts:
// illumos' net-physical runs "IF auto-dhcp primary $(cat /etc/dhcp.IF)" and
// "IF dhcp start wait 0 $(cat /etc/dhcp.IF)", where the file may say
// "primary" or "wait N" again.
Status primary_word(DhcpWords& w, const DhcpKeyword&, std::span<const std::string>) {
  w.req.primary = true;
  return {};
}

Status wait_word(DhcpWords& w, const DhcpKeyword&, std::span<const std::string> args) {
  auto wt = parse_wait(args[0]);
  if (!wt) return wt.error();
  w.req.wait = *wt;
  return {};
}

}  // namespace solnet
