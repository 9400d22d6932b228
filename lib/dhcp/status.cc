#include "lib/dhcp/status.h"

#include <array>
#include <cstdio>

namespace solnet {

namespace {

struct ReasonState {
  std::string_view reason;
  DhcpState state;
};

// dhcpcd's reason for its current lease: every way of holding a lease is
// BOUND in dhcpagent's terms, an INFORM reply is INFORMATION.
constexpr std::array<ReasonState, 7> kReasons{{
    {"BOUND", DhcpState::bound},
    {"RENEW", DhcpState::bound},
    {"REBIND", DhcpState::bound},
    {"REBOOT", DhcpState::bound},
    {"TIMEOUT", DhcpState::bound},  // the last lease, kept after a timeout
    {"INFORM", DhcpState::information},
    {"STATIC", DhcpState::information},
}};

constexpr std::array<std::string_view, 6> kStateNames{
    "SELECTING", "BOUND", "RENEWING", "REBINDING", "INFORMATION", "<unknown>"};

std::optional<std::time_t> after(std::time_t t, const std::optional<uint32_t>& secs) {
  if (!secs || *secs == kDhcpInfinite) return std::nullopt;
  return t + static_cast<std::time_t>(*secs);
}

std::string when(const std::optional<std::time_t>& t, const LocalTimeFn& local) {
  if (!t) return "Never";
  std::tm tm = local(*t);
  char buf[64];
  return std::string(buf, std::strftime(buf, sizeof buf, "%m/%d/%Y %H:%M", &tm));
}

}  // namespace

std::string_view dhcp_state_name(DhcpState s) { return kStateNames[static_cast<std::size_t>(s)]; }

DhcpStatus dhcp_status(const std::string& ifname, const DhcpLease* lease, std::time_t written,
                       std::time_t now, bool primary) {
  DhcpStatus s;
  s.ifname = ifname;
  s.primary = primary;
  if (!lease) return s;
  s.bootp = lease->bootp();
  s.state = DhcpState::unknown;
  for (const auto& r : kReasons)
    if (r.reason == lease->reason) s.state = r.state;
  if (s.state != DhcpState::bound) return s;

  auto t1 = after(written, lease->t1()), t2 = after(written, lease->t2());
  if (t2 && now >= *t2) s.state = DhcpState::rebinding;
  else if (t1 && now >= *t1) s.state = DhcpState::renewing;
  s.times = DhcpLeaseTimes{written, after(written, lease->lease_time), t1};
  return s;
}

std::string render_dhcp_status(const DhcpStatus& s, const LocalTimeFn& local) {
  std::string out = "Interface  State         Sent  Recv  Declined  Flags\n";
  char row[96];
  // The columns of illumos' "%-10s %-12s %5d %5d %9d  ", without counters.
  std::snprintf(row, sizeof row, "%-10s %-12s %5s %5s %9s  ", s.ifname.c_str(),
                std::string(dhcp_state_name(s.state)).c_str(), "-", "-", "-");
  out += row;
  if (s.primary) out += "[PRIMARY] ";
  if (s.bootp) out += "[BOOTP] ";
  out += '\n';
  if (s.times) {
    out += "(Began, Expires, Renew) = (" + when(s.times->began, local) + ", " + when(s.times->expires, local) +
           ", " + when(s.times->renew, local) + ")\n";
  }
  return out;
}

}  // namespace solnet
