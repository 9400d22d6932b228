#include "lib/dhcp/args.h"

#include <charconv>
#include <limits>
#include <vector>

#include "lib/common/escape.h"

namespace solnet {

namespace {

Error bad(std::string message) { return error(std::move(message), kDhcpExitBadArgs); }

Error unknown(const std::string& word) {
  std::vector<std::string_view> names;
  for (const auto& k : dhcp_keywords())
    if (k.role != DhcpWordRole::intro) names.push_back(k.info.name);
  return bad(printable(word) + ": unknown DHCP operation" + did_you_mean(word, names));
}

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

Result<DhcpRequest> parse_dhcp_words(std::span<const std::string> words) {
  DhcpRequest out;
  bool have_op = false;
  for (std::size_t i = 1; i < words.size(); ++i) {
    const std::string& w = words[i];
    const DhcpKeyword* k = find_dhcp_keyword(w);
    if (!k) return unknown(w);
    switch (k->role) {
      case DhcpWordRole::intro:
        return unknown(w);
      case DhcpWordRole::operation:
        if (have_op) return bad(w + ": only one DHCP operation may be given (" +
                                std::string(dhcp_op_name(out.op)) + " came first)");
        have_op = true;
        out.op = k->op;
        break;
      // Repeats are allowed and the last wait counts: illumos' net-physical
      // runs "IF auto-dhcp primary $(cat /etc/dhcp.IF)" and
      // "IF dhcp start wait 0 $(cat /etc/dhcp.IF)", where the file may say
      // "primary" or "wait N" again.
      case DhcpWordRole::primary:
        out.primary = true;
        break;
      case DhcpWordRole::wait: {
        if (i + 1 == words.size()) return bad("no argument for wait");
        auto wt = parse_wait(words[++i]);
        if (!wt) return wt.error();
        out.wait = *wt;
        break;
      }
    }
  }
  return out;
}

}  // namespace solnet
