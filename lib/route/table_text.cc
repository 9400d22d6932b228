#include "lib/route/table_text.h"

#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include "lib/common/columns.h"

namespace solnet {

namespace {

// net-tools keeps 15 characters of every name (net_addr[15] = '\0').
constexpr std::size_t kNameMax = 15;

constexpr const char* kHeaders[] = {
    "",
    "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n",
    "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n",
    "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt\n",
};

// The dotted quad padded to a column of 15 with its blank separator.
void dotted_column(std::string& out, uint32_t v4) {
  const std::size_t start = out.size();
  append_dotted(out, v4);
  out.append(16 - (out.size() - start), ' ');
}

}  // namespace

bool is_proc_route(const Route& r) {
  return r.family == AF_INET && r.table == RT_TABLE_MAIN && r.type != RTN_BROADCAST && r.type != RTN_MULTICAST;
}

InetTableWriter::InetTableWriter(std::string& out, const TableOptions& options, NameLookup& names)
    : out_(out), options_(options), names_(names) {
  out_ += "Kernel IP routing table\n";
  out_ += kHeaders[options_.ext & 3];
}

// INET_rresolve(): "default" for 0.0.0.0/0 at a destination, "0.0.0.0"
// for other zero addresses, else a host name when the address has host
// bits (or is a host by role), a network name otherwise; in a column of
// 15 and a blank.
void InetTableWriter::address(const InetAddr& a, uint32_t mask, bool host_role) {
  const uint32_t v = a.v4();
  if (options_.numeric) return dotted_column(out_, v);
  if (v == 0) return append_left(out_, mask == 0 ? "default" : "0.0.0.0", 16);
  const bool host = (v & ~mask) != 0 || host_role;
  auto name = host ? names_.host_name(a) : names_.net_name(v);
  if (!name) return dotted_column(out_, v);
  append_left_cut(out_, *name, kNameMax, kNameMax);
  out_ += ' ';
}

void InetTableWriter::row(const Route& r) {
  const int ext = options_.ext & 3;
  if (!ext || !is_proc_route(r)) return;
  const uint32_t mask = prefix_to_mask4(r.dst_len);
  const bool reject = r.type == RTN_UNREACHABLE || r.type == RTN_PROHIBIT;
  address(r.dst, mask, r.is_host());
  if (reject) out_ += "-               ";
  else address(r.has_gateway() ? r.gateway : InetAddr::from_v4(0), 0xffffff00u, true);
  dotted_column(out_, mask);
  // net-tools: U, G with a gateway, "!" instead of both for reject
  // routes, then H for host routes.
  const std::size_t flags = out_.size();
  out_ += reject ? "!" : r.has_gateway() ? "UG" : "U";
  if (r.is_host()) out_ += 'H';
  out_.append(6 - (out_.size() - flags), ' ');
  const std::string_view iface = r.ifname.empty() ? std::string_view("*") : std::string_view(r.ifname);
  // net-tools reads the Metric column with %d: priorities above INT_MAX
  // print negative.
  const int metric = static_cast<int>(r.metric());
  const int mss = r.metrics.advmss ? static_cast<int>(*r.metrics.advmss + 40) : 0;
  const int window = static_cast<int>(r.metrics.window.value_or(0));
  const int irtt = static_cast<int>(r.metrics.rtt.value_or(0) >> 3);
  switch (ext) {
    case 1:  // "%-6d %-2d %7d %s"
      append_int_left(out_, metric, 6);
      out_ += reject ? " -  " : " 0  ";
      append_int_right(out_, 0, 7);
      out_ += ' ';
      out_ += reject ? std::string_view("-") : iface;
      break;
    case 2:  // "%5d %-5d %6d %s"
      if (reject) {
        out_ += "    - -          - -";
        break;
      }
      append_int_right(out_, mss, 5);
      out_ += ' ';
      append_int_left(out_, window, 5);
      out_ += ' ';
      append_int_right(out_, irtt, 6);
      out_ += ' ';
      out_ += iface;
      break;
    default:  // "%-6d %-3d %6d %-6.6s   %-5d %-6d %d"
      append_int_left(out_, metric, 6);
      if (reject) {
        out_ += " -        0 -        -     -      -";
        break;
      }
      out_ += " 0        0 ";
      append_left_cut(out_, iface, 6, 6);
      out_ += "   ";
      append_int_left(out_, mss, 5);
      out_ += ' ';
      append_int_left(out_, window, 6);
      out_ += ' ';
      append_int_left(out_, irtt, 0);
      break;
  }
  out_ += '\n';
}

}  // namespace solnet
