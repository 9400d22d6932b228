#include "lib/route/table_text.h"

#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include "lib/route/printf_text.h"

namespace solnet {

namespace {

// net-tools keeps 15 characters of every name (net_addr[15] = '\0').
std::string cut15(std::string s) {
  if (s.size() > 15) s.resize(15);
  return s;
}

// INET_rresolve(): "default" for 0.0.0.0/0 at a destination, "0.0.0.0"
// for other zero addresses, else a host name when the address has host
// bits (or is a host by role), a network name otherwise.
std::string v4_name(const InetAddr& a, uint32_t mask, bool numeric, bool host_role, NameLookup& names) {
  if (numeric) return a.str();
  const uint32_t v = a.v4();
  if (v == 0) return mask == 0 ? "default" : "0.0.0.0";
  const bool host = (v & ~mask) != 0 || host_role;
  auto name = host ? names.host_name(a) : names.net_name(v);
  return name ? *name : a.str();
}

// net-tools: U, G with a gateway, "!" instead of both for reject routes,
// then H for host routes.
std::string flags_of(const Route& r, bool reject) {
  std::string f = reject ? "!" : r.has_gateway() ? "UG" : "U";
  if (r.is_host()) f.push_back('H');
  return f;
}

std::string row(const Route& r, const TableOptions& o, NameLookup& names) {
  const uint32_t mask = prefix_to_mask4(r.dst_len);
  const std::string dst = cut15(v4_name(r.dst, mask, o.numeric, r.is_host(), names));
  const std::string gw = cut15(v4_name(r.has_gateway() ? r.gateway : InetAddr::from_v4(0), 0xffffff00u, o.numeric, true, names));
  const std::string msk = InetAddr::from_v4(mask).str();
  const bool reject = r.type == RTN_UNREACHABLE || r.type == RTN_PROHIBIT;
  const std::string flags = flags_of(r, reject);
  const std::string iface = r.ifname.empty() ? "*" : r.ifname;
  // net-tools reads the Metric column with %d: priorities above INT_MAX
  // print negative.
  const int metric = static_cast<int>(r.metric());
  const int mss = r.metrics.advmss ? static_cast<int>(*r.metrics.advmss + 40) : 0;
  const int window = static_cast<int>(r.metrics.window.value_or(0));
  const int irtt = static_cast<int>(r.metrics.rtt.value_or(0) >> 3);
  const char* d = dst.c_str();
  const char* m = msk.c_str();
  const char* fl = flags.c_str();
  switch (o.ext & 3) {
    case 1:
      if (reject) return printf_text("%-15s -               %-15s %-5s %-6d -  %7d -\n", d, m, fl, metric, 0);
      return printf_text("%-15s %-15s %-15s %-5s %-6d %-2d %7d %s\n", d, gw.c_str(), m, fl, metric, 0, 0, iface.c_str());
    case 2:
      if (reject) return printf_text("%-15s -               %-15s %-5s     - -          - -\n", d, m, fl);
      return printf_text("%-15s %-15s %-15s %-5s %5d %-5d %6d %s\n", d, gw.c_str(), m, fl, mss, window, irtt, iface.c_str());
    case 3:
      if (reject) return printf_text("%-15s -               %-15s %-5s %-6d -  %7d -        -     -      -\n", d, m, fl, metric, 0);
      return printf_text("%-15s %-15s %-15s %-5s %-6d %-3d %6d %-6.6s   %-5d %-6d %d\n", d, gw.c_str(), m, fl, metric, 0, 0,
                    iface.c_str(), mss, window, irtt);
    default:
      return "";
  }
}

constexpr const char* kHeaders[] = {
    "",
    "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n",
    "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n",
    "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt\n",
};

}  // namespace

std::vector<Route> proc_route_rows(const std::vector<Route>& routes) {
  std::vector<Route> out;
  for (const auto& r : routes)
    if (r.family == AF_INET && r.table == RT_TABLE_MAIN && r.type != RTN_BROADCAST && r.type != RTN_MULTICAST)
      out.push_back(r);
  return out;
}

std::string render_inet_table(const std::vector<Route>& routes, const TableOptions& options, NameLookup& names) {
  std::string out = "Kernel IP routing table\n";
  out += kHeaders[options.ext & 3];
  for (const auto& r : routes) out += row(r, options, names);
  return out;
}

}  // namespace solnet
