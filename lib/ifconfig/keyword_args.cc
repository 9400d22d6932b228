#include "lib/ifconfig/keyword_args.h"

#include <sys/socket.h>

#include <cctype>
#include <charconv>
#include <climits>

#include "lib/common/escape.h"
#include "lib/common/ifname.h"

namespace solnet {

namespace {

constexpr uint32_t kMinMtu4 = 68;
constexpr uint32_t kMinMtu6 = 1280;  // RFC 8200; Linux refuses less
constexpr int kTokenLen = 64;        // Linux tokens are 64-bit interface identifiers

bool inet6(const IfWordContext& ctx) { return ctx.family == AF_INET6; }

Result<InetAddr> host_or_address(IfWordContext& ctx, const std::string& w) {
  const int af = inet6(ctx) ? AF_INET6 : AF_INET;
  if (auto a = parse_inet(w, af)) return *a;
  // inet_aton's other forms ("1.2.3", "5", octal parts), as net-tools and
  // illumos' inet_addr read them.
  if (af == AF_INET)
    if (auto a = parse_inet_aton_exact(w)) return *a;
  if (host_like(w))
    if (auto a = host_addr(ctx.names, w, af)) return *a;
  return error(printable(w) + ": bad address");
}

// base 0 reads "0x20" and "040" as strtoul(s, NULL, 0) does.
Status number_arg(IfAction& a, const std::string& w, uint32_t min, uint32_t max, int base = 10) {
  const std::string name(a.keyword->info.name);
  a.arg = printable(w);
  uint64_t v = 0;
  std::string_view digits = w;
  if (base == 0) {
    base = 10;
    if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) {
      base = 16;
      digits.remove_prefix(2);
    } else if (digits.size() > 1 && digits[0] == '0') {
      base = 8;
    }
  }
  auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
  if (ec == std::errc::result_out_of_range || (ec == std::errc() && p == digits.data() + digits.size() && v > max))
    return error(name + " " + a.arg + ": out of range");
  if (ec != std::errc() || p != digits.data() + digits.size()) return error(name + " " + a.arg + ": not a number");
  if (v < min) return error(name + " " + a.arg + ": must be at least " + std::to_string(min));
  a.number = static_cast<uint32_t>(v);
  return {};
}

Status mac_value(const std::string& w, IfAction& a) {
  a.arg = printable(w);
  a.hw = parse_ether(w);
  if (!a.hw) return error(a.arg + ": bad Ethernet address");
  return {};
}

}  // namespace

bool numeric_looking(std::string_view w) { return w.find_first_not_of("0123456789./") == std::string_view::npos; }

bool v6_looking(std::string_view w) {
  return w.find(':') != std::string_view::npos &&
         w.find_first_not_of("0123456789abcdefABCDEF:./") == std::string_view::npos;
}

// Letters, digits, '-', '.' and '_', not starting with '-' (that is a
// mistyped keyword).
bool host_like(std::string_view w) {
  if (w.empty() || w.size() > 253 || w[0] == '-' || w[0] == '.' || numeric_looking(w)) return false;
  for (unsigned char c : w)
    if (!std::isalnum(c) && c != '-' && c != '.' && c != '_') return false;
  return true;
}

int max_prefix(const IfWordContext& ctx) { return inet6(ctx) ? 128 : 32; }

Status address_value(IfWordContext& ctx, const std::string& w, IfAction& a, bool with_prefix, bool zero_ok) {
  a.arg = printable(w);
  // "default" is 0.0.0.0 to net-tools' resolver (INET_resolve).
  if (w == "0" || w == (inet6(ctx) ? "::" : "0.0.0.0") || (!inet6(ctx) && w == "default")) {
    if (!zero_ok) return error(a.arg + ": bad address");
    a.addr = *parse_inet(inet6(ctx) ? "::" : "0.0.0.0");
    return {};
  }
  std::string_view host = w;
  if (auto slash = w.find('/'); slash != std::string::npos) {
    if (!with_prefix) return error(a.arg + ": unexpected '/'");
    a.prefix = parse_prefix_len(std::string_view(w).substr(slash + 1), max_prefix(ctx));
    if (!a.prefix) return error(a.arg + ": bad prefix length");
    host = std::string_view(w).substr(0, slash);
  }
  auto addr = host_or_address(ctx, std::string(host));
  if (!addr) return error(a.arg + ": bad address");
  a.addr = *addr;
  return {};
}

Status no_arg(IfWordContext&, IfAction&, std::span<const std::string>) { return {}; }

// "netmask MASK|+": dotted, hex, "/LEN", or a networks(5) or hosts(5) name,
// as Solaris looks masks up.
Status netmask_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args) {
  const std::string& w = args[0];
  a.arg = printable(w);
  a.plus = w == "+";
  if (a.plus) return {};
  auto len = parse_netmask4(w);
  if (!len && host_like(w)) {
    auto m = host_addr(ctx.names, w, AF_INET);
    if (!m) m = network_addr(ctx.names, w);
    if (m) {
      auto p = mask4_to_prefix(m->v4());
      if (!p) return error(a.arg + ": non-contiguous netmask");
      a.prefix = *p;
      return {};
    }
  }
  if (!len) return error(printable(len.error().message));
  a.prefix = *len;
  return {};
}

Status broadcast_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args) {
  a.arg = printable(args[0]);
  a.plus = args[0] == "+";
  if (a.plus) return {};
  auto addr = host_or_address(ctx, args[0]);
  if (!addr) return addr.error();
  a.addr = *addr;
  return {};
}

Status address_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args) {
  return address_value(ctx, args[0], a, false, false);
}

Status prefixed_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args) {
  return address_value(ctx, args[0], a, true, false);
}

Status new_address_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args) {
  if (auto st = address_value(ctx, args[0], a, true, true); !st) return st;
  ctx.addresses = 1;
  return {};
}

Status count_arg(IfWordContext&, IfAction& a, std::span<const std::string> args) {
  return number_arg(a, args[0], 0, UINT32_MAX);
}

Status txqueuelen_arg(IfWordContext&, IfAction& a, std::span<const std::string> args) {
  return number_arg(a, args[0], 0, UINT32_MAX, 0);
}

Status mtu_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args) {
  return number_arg(a, args[0], inet6(ctx) ? kMinMtu6 : kMinMtu4, INT_MAX);
}

// "ether" alone (or before another keyword) shows the address.
Status ether_arg(IfWordContext&, IfAction& a, std::span<const std::string> args) {
  if (args.empty()) return {};
  return mac_value(args[0], a);
}

// "hw ether MAC"; any other class stops at the class.
Status hw_arg(IfWordContext&, IfAction& a, std::span<const std::string> args) {
  if (args.size() < 2)
    return error("hw " + printable(args[0]) + ": unsupported hardware class (only " +
                 std::string(a.keyword->info.choices) + ")");
  return mac_value(args[1], a);
}

// "subnet ADDR/LEN": the prefix length is what it sets; the fold checks
// that the subnet holds the address.
Status subnet_arg(IfWordContext& ctx, IfAction& a, std::span<const std::string> args) {
  const std::string& w = args[0];
  if (w.find('/') == std::string::npos) return error("subnet " + printable(w) + ": missing prefix length");
  return address_value(ctx, w, a, true, false);
}

// "token ::ID/64": Linux keeps the low 64 bits as the interface
// identifier, so the length must be 64 and the high bits zero.
Status token_arg(IfWordContext&, IfAction& a, std::span<const std::string> args) {
  const std::string& w = args[0];
  const std::string what = "token " + printable(w);
  const auto slash = w.find('/');
  if (slash == std::string::npos) return error(what + ": missing prefix length (/64)");
  auto addr = parse_inet(std::string_view(w).substr(0, slash), AF_INET6);
  if (!addr) return error(what + ": bad address");
  if (parse_prefix_len(std::string_view(w).substr(slash + 1), 128) != kTokenLen)
    return error(what + ": Linux tokens are 64-bit interface identifiers (/64)");
  for (int i = 0; i < 8; ++i)
    if (addr->bytes[i]) return error(what + ": the first 64 bits must be zero (::ID/64)");
  a.arg = printable(w);
  a.addr = *addr;
  a.prefix = kTokenLen;
  return {};
}

// "usesrc IF|none": a physical interface, or none.
Status usesrc_arg(IfWordContext&, IfAction& a, std::span<const std::string> args) {
  const std::string& w = args[0];
  a.arg = printable(w);
  if (w == "none") return {};
  auto name = parse_ifname(w);
  if (!name) return name.error();
  if (name->logical()) return error("usesrc " + a.arg + ": cannot specify a logical interface");
  a.ifname = name->phys;
  return {};
}

// "media auto" (any case, as net-tools takes it) leaves the link as it
// is; Linux drivers take speed and duplex from ethtool, not from if_port.
Status media_arg(IfWordContext&, IfAction& a, std::span<const std::string> args) {
  a.arg = printable(args[0]);
  std::string lower = args[0];
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower != a.keyword->info.choices)
    return error("media " + a.arg + ": not supported on this system (Linux sets link speed and duplex with ethtool)");
  return {};
}

}  // namespace solnet
