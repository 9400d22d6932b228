#include "lib/route/nettools_args.h"

#include <linux/rtnetlink.h>

#include "lib/common/escape.h"
#include "lib/route/addr.h"
#include "lib/route/keyword_walk.h"

namespace solnet {

struct NetToolsWords {
  std::optional<uint32_t> metric;
  std::optional<std::string> netmask, gateway, dev;
  std::optional<uint32_t> mss, window, irtt;
  bool reject = false;
};

namespace {

using W = NetToolsWords;

Error usage_error(std::string msg) { return error(std::move(msg), kExitUsage); }

Status set_once(std::optional<std::string>& field, std::string_view keyword, std::string_view arg) {
  if (field) return usage_error(std::string(keyword) + " given twice");
  field = std::string(arg);
  return {};
}

Status set_number(std::optional<uint32_t>& field, std::string_view what, std::string_view arg) {
  auto v = parse_u32(arg);
  if (!v) return usage_error(printable(arg) + ": bad " + std::string(what));
  field = *v;
  return {};
}

Status set_gateway(W& w, std::string_view a) { return set_once(w.gateway, "gw", a); }
Status set_dev(W& w, std::string_view a) { return set_once(w.dev, "dev", a); }

Status set_mss(W& w, std::string_view a) {
  if (auto st = set_number(w.mss, "MSS/MTU", a); !st) return st;
  if (*w.mss < 64 || *w.mss > 65536) return usage_error("invalid MSS/MTU " + printable(a));
  return {};
}

// Accepted as net-tools accepts them; the kernel keeps nothing of them
// for IPv4, and netlink cannot set their IPv6 display flags.
Status ignored(W&, std::string_view) { return {}; }

constexpr NetToolsKeyword kKeywords[] = {
    {{"netmask", Arg::required, "NM", "the destination's netmask", ArgKind::netmask, ""}, false,
     [](W& w, std::string_view a) { return set_once(w.netmask, "netmask", a); }},
    {{"gw", Arg::required, "GW", "route through this gateway", ArgKind::address, ""}, true,
     set_gateway},
    {{"gateway", Arg::required, "GW", "same as gw", ArgKind::address, ""}, true,
     set_gateway},
    {{"metric", Arg::required, "N", "kernel priority N (0 by default; 1 for inet6)", ArgKind::number, ""}, true,
     [](W& w, std::string_view a) { return set_number(w.metric, "metric", a); }},
    {{"mss", Arg::required, "M", "TCP maximum segment size plus 40 (64..65536)", ArgKind::number, ""}, false,
     set_mss},
    {{"mtu", Arg::required, "M", "same as mss", ArgKind::number, ""}, false,
     set_mss},
    {{"window", Arg::required, "W", "TCP window clamp (128 or more)", ArgKind::number, ""}, false,
     [](W& w, std::string_view a) {
       if (auto st = set_number(w.window, "window", a); !st) return st;
       if (*w.window < 128) return Status(usage_error("invalid window " + printable(a)));
       return Status();
     }},
    {{"irtt", Arg::required, "I", "initial round trip time, ms", ArgKind::number, ""}, false,
     [](W& w, std::string_view a) { return set_number(w.irtt, "irtt", a); }},
    {{"reject", Arg::none, "", "unreachable route", ArgKind::none, ""}, false,
     [](W& w, std::string_view) {
       w.reject = true;
       return Status();
     }},
    {{"mod", Arg::none, "", "accepted for compatibility; no effect", ArgKind::none, ""}, true, ignored},
    {{"dyn", Arg::none, "", "accepted for compatibility; no effect", ArgKind::none, ""}, true, ignored},
    {{"reinstate", Arg::none, "", "accepted for compatibility; no effect", ArgKind::none, ""}, false, ignored},
    {{"dev", Arg::required, "IF", "output interface; eth0:1 also makes eth0:1's address the source",
      ArgKind::interface, ""}, true,
     set_dev},
    {{"device", Arg::required, "IF", "same as dev", ArgKind::interface, ""}, true,
     set_dev},
};

static_assert(every_row_has_handler(kKeywords));

Status collect(const std::vector<std::string>& args, std::size_t i, int family, W& w) {
  auto usable = [family](const NetToolsKeyword& k) { return family == AF_INET || k.inet6; };
  auto find = [&](std::string_view word) -> const NetToolsKeyword* {
    for (const auto& k : kKeywords)
      if (k.info.name == word && usable(k)) return &k;
    return nullptr;
  };
  const std::span<const std::string> words(args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
  auto other = [&](std::size_t j) -> Status {
    // A bare word is the device, but only as the last word.
    if (j + 1 == words.size() && !w.dev) {
      w.dev = words[j];
      return {};
    }
    std::vector<std::string_view> names;
    for (const auto& k : kKeywords)
      if (usable(k)) names.push_back(k.info.name);
    return usage_error(printable(words[j]) + ": unknown keyword" + did_you_mean(words[j], names));
  };
  return walk_keywords(words, w, find, other, [](const std::string& k) { return usage_error("no argument for " + k); });
}

// strtoul(s, &end, 0): decimal, 0x hexadecimal or 0 octal, nothing after.
std::optional<uint32_t> parse_c_number(std::string_view s) {
  int base = 10;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    s.remove_prefix(2);
  } else if (s.size() > 1 && s[0] == '0') {
    base = 8;
    s.remove_prefix(1);
  }
  uint32_t v = 0;
  if (s.empty()) return std::nullopt;
  for (char c : s) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
    if (d >= base || v > 0xffffffu) return std::nullopt;
    v = v * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
  }
  return v;
}

struct Target {
  InetAddr addr;
  bool is_net = false;
};

// INET_resolve(): "default", inet_aton() forms, then names: hosts first
// for -host, networks first otherwise.
Result<Target> resolve4(std::string_view s, bool host_first, NameLookup& names) {
  if (s == "default") return Target{InetAddr::from_v4(0), true};
  if (auto a = parse_inet_aton(s)) return Target{*a, false};
  auto host = [&]() -> std::optional<Target> {
    auto all = names.host_addrs(s, AF_INET);
    if (all.empty()) return std::nullopt;
    return Target{all.front(), false};
  };
  auto net = [&]() -> std::optional<Target> {
    // net-tools takes the networks(5) number as the address itself.
    auto n = names.net_number(s);
    if (!n) return std::nullopt;
    return Target{InetAddr::from_v4(*n), true};
  };
  auto t = host_first ? host() : net();
  if (!t) t = host_first ? net() : host();
  if (!t) return error(printable(s) + ": unknown host", kExitLookup);
  return *t;
}

Result<InetAddr> gateway4(std::string_view s, NameLookup& names) {
  auto t = resolve4(s, true, names);
  if (!t) return t.error();
  if (t->is_net) return usage_error(printable(s) + ": cannot use a NETWORK as gateway");
  return t->addr;
}

Result<IfName> device(std::string_view s) {
  auto n = parse_ifname(s);
  if (!n) return error(n.error().message, kExitKernel);
  return *n;
}

Result<RouteRequest> build4(RouteRequest req, const std::vector<std::string>& args, NameLookup& names) {
  std::size_t i = 0;
  std::optional<bool> forced_net;
  if (args[0] == "-net" || args[0] == "-host") forced_net = args[i++] == "-net";
  if (i == args.size()) return usage_error("destination required");
  const std::string& target = args[i++];
  W w;
  if (auto st = collect(args, i, AF_INET, w); !st) return st.error();

  std::string_view addr = target;
  std::optional<int> prefix;
  if (auto slash = addr.find('/'); slash != std::string_view::npos) {
    auto p = parse_c_number(addr.substr(slash + 1));
    if (!p || *p > 32) return usage_error(printable(target) + ": bad prefix length");
    prefix = static_cast<int>(*p);
    addr = addr.substr(0, slash);
  }
  auto t = resolve4(addr, forced_net == false, names);
  if (!t) return t.error();
  const bool is_net = forced_net.value_or(t->is_net);

  if (w.netmask) {
    if (prefix) return usage_error("netmask given twice");
    auto m = parse_inet_aton(*w.netmask);
    if (!m) return error(printable(*w.netmask) + ": unknown host", kExitLookup);
    prefix = mask4_to_prefix(m->v4());
    if (!prefix) return usage_error("bogus netmask " + printable(*w.netmask));
  }
  const uint32_t dst = t->addr.v4();
  // net-tools checks a mask only when it is not 0.0.0.0.
  if (prefix && *prefix > 0) {
    if (!is_net && *prefix != 32)
      return usage_error("netmask " + InetAddr::from_v4(prefix_to_mask4(*prefix)).str() +
                         " doesn't make sense with host route");
    if (dst & ~prefix_to_mask4(*prefix)) return usage_error("netmask doesn't match route address");
  }
  req.dst = t->addr;
  req.host = !is_net;
  if (!is_net) req.prefix = 32;
  else if (prefix) req.prefix = *prefix;
  else if (dst == 0) req.prefix = 0;
  else {
    req.prefix = classful_prefix4(dst);
    req.mask_rule = MaskRule::interface;
  }

  if (w.gateway) {
    auto g = gateway4(*w.gateway, names);
    if (!g) return g.error();
    req.gateways = {*g};
    req.gateway_text = *w.gateway;
  }
  if (w.dev) {
    auto d = device(*w.dev);
    if (!d) return d.error();
    req.dev = *d;
  }
  req.metric = w.metric;
  if (w.mss) req.metrics.advmss = *w.mss - 40;
  if (w.window) req.metrics.window = *w.window;
  // struct rtentry holds the initial RTT in an unsigned short; the kernel
  // stores it in 1/8 ms.
  if (w.irtt) req.metrics.rtt = (*w.irtt & 0xffffu) << 3;
  // The kernel's SIOCADDRT makes a reject route a bare unreachable route:
  // no device (a missing one is no error) and no mss, window or irtt.
  if (w.reject) {
    req.type = RTN_UNREACHABLE;
    req.dev.reset();
    req.metrics = {};
  }
  req.dest_text = target;
  return req;
}

Result<RouteRequest> build6(RouteRequest req, const std::vector<std::string>& args, NameLookup& names) {
  std::size_t i = 0;
  // net-tools takes "-net" for a host name here; the family has no classes,
  // so the word adds nothing and is skipped.
  if (args[0] == "-net" || args[0] == "-host") ++i;
  if (i == args.size()) return usage_error("destination required");
  const std::string& target = args[i++];
  W w;
  if (auto st = collect(args, i, AF_INET6, w); !st) return st.error();

  if (target == "default") {
    req.dst = prefix_to_mask(AF_INET6, 0);
    req.prefix = 0;
  } else {
    std::string_view addr = target;
    req.prefix = 128;
    if (auto slash = addr.find('/'); slash != std::string_view::npos) {
      auto p = parse_u32(addr.substr(slash + 1));
      if (!p || *p > 128) return usage_error(printable(target) + ": bad prefix length");
      req.prefix = static_cast<int>(*p);
      addr = addr.substr(0, slash);
    }
    auto a = parse_inet(addr, AF_INET6);
    if (!a) {
      auto all = names.host_addrs(addr, AF_INET6);
      if (all.empty()) return error(printable(addr) + ": unknown host", 1);
      a = all.front();
    }
    req.dst = network_of(*a, req.prefix);
  }
  req.host = req.prefix == 128;
  if (w.gateway) {
    auto g = parse_inet(*w.gateway, AF_INET6);
    if (!g) return error(printable(*w.gateway) + ": unknown host", kExitLookup);
    req.gateways = {*g};
    req.gateway_text = *w.gateway;
  }
  if (w.dev) {
    auto d = device(*w.dev);
    if (!d) return d.error();
    // net-tools asks SIOCGIFINDEX, which ignores a ":N" suffix.
    req.dev = IfName{d->phys, std::nullopt};
  }
  // in6_rtmsg carries metric 1 unless told; the kernel turns 0 into 1024.
  const uint32_t m = w.metric.value_or(1);
  req.metric = m ? m : 1024;
  // net-tools' RTF_HOST reaches the kernel as RTNH_F_ONLINK (same bit).
  req.onlink = req.op == RouteOp::add && req.prefix == 128;
  req.dest_text = target;
  return req;
}

}  // namespace

std::span<const NetToolsKeyword> nettools_keywords() { return kKeywords; }

Result<RouteRequest> parse_nettools(RouteOp op, const std::vector<std::string>& args, int family,
                                    NameLookup& names) {
  if (args.empty()) return usage_error("destination required");
  RouteRequest req;
  req.syntax = RouteSyntax::nettools;
  req.op = op;
  req.static_route = false;
  // An IPv6 literal target needs no -A inet6 (net-tools would fail on it).
  std::size_t t = args[0] == "-net" || args[0] == "-host" ? 1 : 0;
  if (family == AF_INET && t < args.size() && parse_inet(std::string_view(args[t]).substr(0, args[t].find('/')), AF_INET6))
    family = AF_INET6;
  req.family = family;
  return family == AF_INET ? build4(std::move(req), args, names) : build6(std::move(req), args, names);
}

}  // namespace solnet
