#include "lib/route/solaris_args.h"

#include <linux/rtnetlink.h>

#include <vector>

#include "lib/common/escape.h"
#include "lib/route/addr.h"
#include "lib/route/keyword_walk.h"
#include "lib/route/sol_metrics.h"

namespace solnet {

struct SolarisWords {
  enum class AddrType { any, host, net };
  AddrType atype = AddrType::any;
  int family = 0;  // -inet / -inet6
  std::vector<std::string> positional;
  std::optional<std::string> dst, netmask, gateway, ifp, ifa, setsrc;
  bool interface = false;
  bool static_route = true;
  uint8_t type = RTN_UNICAST;
  RouteMetrics metrics;
  std::optional<uint32_t> ssthresh_bytes;  // counted in segments once the family and -mtu are known
  std::optional<uint32_t> expire;
  bool lock_next = false;
  bool lock_rest = false;
};

namespace {

using W = SolarisWords;

Status bad_value(std::string_view s) { return error(printable(s) + ": bad value"); }

Status set_atype(W& w, W::AddrType t) {
  if (w.atype != W::AddrType::any && w.atype != t) return error("-host and -net are mutually exclusive");
  w.atype = t;
  return {};
}

Status set_type(W& w, uint8_t type) {
  if (w.type != RTN_UNICAST && w.type != type) return error("-reject and -blackhole are mutually exclusive");
  w.type = type;
  return {};
}

// A metric's number into `out` (through `convert` into the kernel's unit),
// locked when -lock came just before or -lockrest anywhere before.
Status set_value(W& w, std::optional<uint32_t>& out, int rtax, std::string_view arg,
                 uint32_t (*convert)(uint32_t) = nullptr) {
  auto v = parse_u32(arg);
  if (!v) return bad_value(arg);
  out = convert ? convert(*v) : *v;
  if (w.lock_next || w.lock_rest) w.metrics.locks |= 1u << rtax;
  w.lock_next = false;
  return {};
}

Status set_metric(W& w, std::optional<uint32_t> RouteMetrics::*field, int rtax, std::string_view arg,
                  uint32_t (*convert)(uint32_t) = nullptr) {
  return set_value(w, w.metrics.*field, rtax, arg, convert);
}

// illumos sets these route flags for compatibility with BSD route; Linux
// routes have no such flags and need none.
Status no_effect(W&, std::string_view) { return {}; }

// illumos: an interface route is not RTF_STATIC.
Status set_interface(W& w, std::string_view) {
  w.interface = true;
  w.static_route = false;
  return {};
}

Status set_word(std::optional<std::string>& field, std::string_view arg) {
  field = std::string(arg);
  return {};
}

constexpr SolarisModifier kModifiers[] = {
    {{"host", Arg::none, "", "the destination is a host", ArgKind::none, ""},
     [](W& w, std::string_view) { return set_atype(w, W::AddrType::host); }},
    {{"net", Arg::none, "", "the destination is a network", ArgKind::none, ""},
     [](W& w, std::string_view) { return set_atype(w, W::AddrType::net); }},
    {{"netmask", Arg::required, "MASK", "the destination's netmask (IPv4)", ArgKind::netmask, ""},
     [](W& w, std::string_view a) {
       if (auto st = set_atype(w, W::AddrType::net); !st) return st;
       return set_word(w.netmask, a);
     }},
    {{"gateway", Arg::required, "GATEWAY", "the next hop", ArgKind::address, ""},
     [](W& w, std::string_view a) { return set_word(w.gateway, a); }},
    {{"interface", Arg::none, "", "the gateway is this host's address on the link: no next hop", ArgKind::none, ""},
     set_interface},
    {{"iface", Arg::none, "", "same as -interface", ArgKind::none, ""},
     set_interface},
    {{"ifp", Arg::required, "IF", "output interface; a logical one (eth0:1) also sets the source", ArgKind::interface, ""},
     [](W& w, std::string_view a) { return set_word(w.ifp, a); }},
    {{"ifa", Arg::required, "ADDR", "use the interface that has this address, and the address as source",
      ArgKind::address, ""},
     [](W& w, std::string_view a) { return set_word(w.ifa, a); }},
    {{"setsrc", Arg::required, "ADDR", "preferred source address", ArgKind::address, ""},
     [](W& w, std::string_view a) { return set_word(w.setsrc, a); }},
    {{"reject", Arg::none, "", "answer with ICMP unreachable (kernel type unreachable)", ArgKind::none, ""},
     [](W& w, std::string_view) { return set_type(w, RTN_UNREACHABLE); }},
    {{"blackhole", Arg::none, "", "drop silently (kernel type blackhole)", ArgKind::none, ""},
     [](W& w, std::string_view) { return set_type(w, RTN_BLACKHOLE); }},
    {{"static", Arg::none, "", "protocol static (the default)", ArgKind::none, ""},
     [](W& w, std::string_view) {
       w.static_route = true;
       return Status();
     }},
    {{"nostatic", Arg::none, "", "protocol boot", ArgKind::none, ""},
     [](W& w, std::string_view) {
       w.static_route = false;
       return Status();
     }},
    {{"mtu", Arg::required, "N", "path MTU", ArgKind::number, ""},
     [](W& w, std::string_view a) { return set_metric(w, &RouteMetrics::mtu, RTAX_MTU, a); }},
    {{"hopcount", Arg::required, "N", "hop limit (TTL) of packets on the route", ArgKind::number, ""},
     [](W& w, std::string_view a) { return set_metric(w, &RouteMetrics::hoplimit, RTAX_HOPLIMIT, a); }},
    {{"rtt", Arg::required, "USEC", "initial round trip time in microseconds (RTAX_RTT)", ArgKind::number, ""},
     [](W& w, std::string_view a) { return set_metric(w, &RouteMetrics::rtt, RTAX_RTT, a, rtt_metric); }},
    {{"rttvar", Arg::required, "USEC", "initial round trip time variance in microseconds (RTAX_RTTVAR)",
      ArgKind::number, ""},
     [](W& w, std::string_view a) { return set_metric(w, &RouteMetrics::rttvar, RTAX_RTTVAR, a, rttvar_metric); }},
    {{"ssthresh", Arg::required, "BYTES", "initial slow start threshold in bytes (RTAX_SSTHRESH, in segments)",
      ArgKind::number, ""},
     [](W& w, std::string_view a) { return set_value(w, w.ssthresh_bytes, RTAX_SSTHRESH, a); }},
    {{"recvpipe", Arg::required, "BYTES", "largest receive window TCP advertises (RTAX_WINDOW)", ArgKind::number, ""},
     [](W& w, std::string_view a) { return set_metric(w, &RouteMetrics::window, RTAX_WINDOW, a); }},
    {{"sendpipe", Arg::required, "BYTES", "send buffer size of TCP connections on the route", ArgKind::number, ""},
     nullptr, "Linux routes carry no send buffer size; net.ipv4.tcp_wmem and SO_SNDBUF set it"},
    {{"expire", Arg::required, "SECONDS", "lifetime of the route (IPv6: RTA_EXPIRES)", ArgKind::number, ""},
     [](W& w, std::string_view a) {
       auto v = parse_u32(a);
       if (!v) return bad_value(a);
       w.expire = *v;
       return Status();
     }},
    {{"lock", Arg::none, "", "lock the next metric", ArgKind::none, ""},
     [](W& w, std::string_view) {
       w.lock_next = true;
       return Status();
     }},
    {{"lockrest", Arg::none, "", "lock every metric after this", ArgKind::none, ""},
     [](W& w, std::string_view) {
       w.lock_rest = true;
       return Status();
     }},
    {{"dst", Arg::required, "DEST", "the destination, even a word that reads as a modifier", ArgKind::address, ""},
     [](W& w, std::string_view a) { return set_word(w.dst, a); }},
    {{"cloning", Arg::none, "", "accepted for compatibility; no effect", ArgKind::none, ""}, no_effect},
    {{"xresolve", Arg::none, "", "accepted for compatibility; no effect", ArgKind::none, ""}, no_effect},
    {{"private", Arg::none, "", "do not advertise the route", ArgKind::none, ""},
     nullptr, "Linux routes carry no do-not-advertise flag; routing daemons choose by protocol"},
    {{"multirt", Arg::none, "", "a redundant route: packets go out through every gateway", ArgKind::none, ""},
     nullptr, "Linux multipath routes share the load among gateways, they do not duplicate packets"},
    {{"proto1", Arg::none, "", "protocol-specific route flag 1", ArgKind::none, ""},
     nullptr, "Linux routes have no protocol-specific flag bits"},
    {{"proto2", Arg::none, "", "protocol-specific route flag 2", ArgKind::none, ""},
     nullptr, "Linux routes have no protocol-specific flag bits"},
    {{"secattr", Arg::required, "ATTRS", "Trusted Extensions security attributes of the gateway", ArgKind::word, ""},
     nullptr, "Linux has no Trusted Extensions labels on routes"},
    {{"inet", Arg::none, "", "IPv4 (the default)", ArgKind::none, ""},
     [](W& w, std::string_view) {
       w.family = AF_INET;
       return Status();
     }},
    {{"inet6", Arg::none, "", "IPv6", ArgKind::none, ""},
     [](W& w, std::string_view) {
       w.family = AF_INET6;
       return Status();
     }},
};

// Every row has its handler, but the refused ones: they are refused
// before their argument is read.
static_assert(std::ranges::all_of(kModifiers, [](const SolarisModifier& m) {
  return (m.apply == nullptr) == !m.refused.empty();
}));

const SolarisModifier* find_modifier(std::string_view name) {
  for (const auto& m : kModifiers)
    if (m.info.name == name) return &m;
  return nullptr;
}

bool is_dash_word(std::string_view word) { return word.size() > 1 && word[0] == '-'; }

// Modifiers start with a dash; "host" and "net" may also go without it.
const SolarisModifier* named_modifier(std::string_view word) {
  if (is_dash_word(word)) return find_modifier(word.substr(1));
  if (word == "host" || word == "net") return find_modifier(word);
  return nullptr;
}

// The modifiers the walk applies: refused ones are answered by collect().
const SolarisModifier* modifier_of(std::string_view word) {
  const SolarisModifier* m = named_modifier(word);
  return m && m->apply ? m : nullptr;
}

Error botched(std::string_view word) {
  std::vector<std::string_view> names;
  for (const auto& m : kModifiers) names.push_back(m.info.name);
  std::string msg = "botched keyword: " + printable(word);
  const auto bare = word.substr(word.starts_with('-') ? 1 : 0);
  if (auto near = closest_name(bare, names); near && *near != bare) msg += " (did you mean -" + std::string(*near) + "?)";
  return error(msg);
}

Status collect(const std::vector<std::string>& args, W& w) {
  auto other = [&](std::size_t i) -> Status {
    if (const SolarisModifier* m = named_modifier(args[i])) return error(modifier_refusal(*m));
    if (is_dash_word(args[i])) return botched(args[i]);
    w.positional.push_back(args[i]);
    return {};
  };
  return walk_keywords(std::span<const std::string>(args), w, modifier_of, other, [](const std::string& k) {
    return error("argument required following keyword " + printable(k));
  });
}

// in_getprefixlen(): "ADDR/LEN" split, LEN checked against `max`.
struct Split {
  std::string_view addr;
  std::optional<int> prefix;
};
Result<Split> split_prefix(std::string_view s, int max) {
  auto slash = s.find('/');
  if (slash == std::string_view::npos) return Split{s, std::nullopt};
  if (slash == 0) return error(printable(s) + ": unexpected '/'");
  auto len = s.substr(slash + 1);
  auto v = parse_u32(len);
  if (!v) return error("bad prefix length " + printable(len));
  if (*v > static_cast<uint32_t>(max)) return error("prefix length " + printable(len) + " out of range");
  return Split{s.substr(0, slash), static_cast<int>(*v)};
}

// Gateway, -ifa, -setsrc: a numeric address or a host name (every address).
Result<std::vector<InetAddr>> host_word(std::string_view s, int family, NameLookup& names) {
  if (s.find('/') != std::string_view::npos) return error(printable(s) + ": unexpected '/'");
  auto a = family == AF_INET ? parse_inet_aton(s) : parse_inet(s, AF_INET6);
  if (a) return std::vector<InetAddr>{*a};
  auto all = names.host_addrs(s, family);
  if (all.empty()) return error(printable(s) + (family == AF_INET ? ": bad value" : ": bad address"));
  return all;
}

class Builder {
 public:
  Builder(SolarisVerb verb, W& w, NameLookup& names) : verb_(verb), w_(w), names_(names) {}

  Result<RouteRequest> build(int default_family) {
    // -dst names the destination; the positional words are then the rest.
    const std::size_t first = w_.dst ? 0 : 1;
    if (!w_.dst && w_.positional.empty()) return error("destination required");
    const std::string dest = w_.dst ? *w_.dst : w_.positional[0];
    req_.family = w_.family ? w_.family : family_of(dest, default_family);
    std::optional<std::string> gateway = w_.gateway;
    for (std::size_t i = first; i < w_.positional.size(); ++i) {
      if (!gateway) {
        gateway = w_.positional[i];
      } else if (auto st = old_trailing_word(w_.positional[i]); !st) {
        return st.error();
      }
    }
    if ((verb_ == SolarisVerb::add || verb_ == SolarisVerb::del) && !gateway)
      return error("gateway required for add or delete command");
    if (auto st = mask(); !st) return st.error();
    if (auto st = destination(dest); !st) return st.error();
    if (gateway) {
      auto g = host_word(*gateway, req_.family, names_);
      if (!g) return g.error();
      req_.gateways = std::move(*g);
      req_.gateway_text = *gateway;
    }
    if (auto st = interfaces(); !st) return st.error();
    req_.op = verb_ == SolarisVerb::add ? RouteOp::add
            : verb_ == SolarisVerb::del ? RouteOp::del
            : verb_ == SolarisVerb::change ? RouteOp::change : RouteOp::get;
    req_.syntax = RouteSyntax::solaris;
    req_.interface_route = w_.interface;
    req_.static_route = w_.static_route;
    req_.type = w_.type;
    req_.metrics = w_.metrics;
    if (w_.ssthresh_bytes)
      req_.metrics.ssthresh = ssthresh_metric(*w_.ssthresh_bytes, metric_mss(req_.family, w_.metrics.mtu));
    if (auto st = expiry(); !st) return st.error();
    req_.dest_text = dest;
    return req_;
  }

 private:
  // An IPv6 literal destination selects IPv6 without -inet6.
  static int family_of(std::string_view dest, int default_family) {
    auto addr = dest.substr(0, dest.find('/'));
    return parse_inet(addr, AF_INET6) ? AF_INET6 : default_family;
  }

  // Linux counts down the lifetime of IPv6 routes only (RTA_EXPIRES).
  Status expiry() {
    if (!w_.expire) return {};
    if (req_.family != AF_INET6)
      return error("-expire: not supported on this system (Linux IPv4 routes do not expire; IPv6 routes do)");
    req_.expires = w_.expire;
    return {};
  }

  // Old route syntax: a number after the gateway is a metric (0: an
  // interface route); anything else is a netmask.
  Status old_trailing_word(const std::string& word) {
    if (auto m = parse_u32(word); m && *m < 0x80000000u) {
      w_.interface = *m == 0;
      return {};
    }
    if (w_.netmask) return error(printable(word) + ": bad value");
    w_.netmask = word;
    return {};
  }

  Status mask() {
    if (!w_.netmask) return {};
    if (req_.family == AF_INET6)
      return error("-netmask not supported for IPv6: use <prefix>/<prefix-length> instead");
    auto len = parse_netmask4(*w_.netmask);
    if (!len) return error(printable(*w_.netmask) + ": bad value");
    mask_ = *len;
    req_.mask_given = true;
    return {};
  }

  void net_number(uint32_t n) {
    auto nm = solaris_net_and_mask(n);
    req_.dst = nm.net;
    if (!mask_) {
      mask_ = nm.prefix;
      if (nm.needs_subnet) req_.mask_rule = MaskRule::subnet;
    }
  }

  Status destination(std::string_view dest) {
    const int max = req_.family == AF_INET ? 32 : 128;
    if (dest == "default") {
      req_.dst = prefix_to_mask(req_.family, 0);
      mask_ = 0;
      req_.mask_given = true;
    } else {
      auto split = split_prefix(dest, max);
      if (!split) return split.error();
      if (auto st = req_.family == AF_INET ? dest4(split->addr) : dest6(split->addr); !st) return st;
      if (split->prefix) {
        mask_ = split->prefix;
        req_.mask_rule = MaskRule::given;
        req_.mask_given = true;
      }
    }
    const bool net = w_.atype == W::AddrType::net;
    if (!mask_) {
      if (net) return error(printable(dest) + ": a network needs a prefix length");
      mask_ = max;
    }
    req_.prefix = *mask_;
    req_.host = !net && *mask_ == max;
    return {};
  }

  Status dest4(std::string_view s) {
    // route(1M): "-net 128.32" is 128.32.0.0, a number as inet_network(3) reads it.
    if (w_.atype == W::AddrType::net) {
      if (auto n = parse_inet_network(s)) {
        net_number(*n);
        return {};
      }
    }
    if (auto a = parse_inet_aton(s)) {
      const uint32_t v = a->v4();
      if (w_.atype == W::AddrType::net || (w_.atype == W::AddrType::any && host_part_of_class(v) == 0))
        net_number(v);
      else
        req_.dst = *a;
      return {};
    }
    if (w_.atype != W::AddrType::net) {
      auto hosts = names_.host_addrs(s, AF_INET);
      if (!hosts.empty()) {
        req_.dst = hosts.front();
        return {};
      }
    }
    if (w_.atype != W::AddrType::host) {
      if (auto n = names_.net_number(s); n && *n != 0) {
        net_number(*n);
        return {};
      }
    }
    return bad_value(s);
  }

  Status dest6(std::string_view s) {
    auto a = host_word(s, AF_INET6, names_);
    if (!a) return a.error();
    req_.dst = a->front();
    return {};
  }

  Status interfaces() {
    if (w_.ifp) {
      auto n = parse_ifname(*w_.ifp);
      if (!n) return n.error();
      req_.dev = *n;
    }
    for (auto [word, field] : {std::pair{&w_.ifa, &req_.ifa}, std::pair{&w_.setsrc, &req_.setsrc}}) {
      if (!*word) continue;
      auto a = host_word(**word, req_.family, names_);
      if (!a) return a.error();
      *field = a->front();
    }
    return {};
  }

  SolarisVerb verb_;
  W& w_;
  NameLookup& names_;
  RouteRequest req_;
  std::optional<int> mask_;
};

// flush and monitor take one optional "-inet" or "-inet6".
Result<int> family_modifier(const std::vector<std::string>& args, int dflt) {
  if (args.empty()) return dflt;
  if (args.size() == 1 && args[0] == "-inet") return AF_INET;
  if (args.size() == 1 && args[0] == "-inet6") return AF_INET6;
  return botched(args[0]);
}

}  // namespace

std::span<const SolarisModifier> solaris_modifiers() { return kModifiers; }

std::string modifier_refusal(const SolarisModifier& m) {
  return "-" + std::string(m.info.name) + ": not supported on this system (" + std::string(m.refused) + ")";
}

Result<SolarisCommand> parse_solaris(SolarisVerb verb, const std::vector<std::string>& args, int family,
                                     NameLookup& names) {
  SolarisCommand cmd;
  cmd.verb = verb;
  if (verb == SolarisVerb::flush || verb == SolarisVerb::monitor || verb == SolarisVerb::show) {
    const int dflt = verb == SolarisVerb::monitor ? 0 : family;
    if (verb == SolarisVerb::show && !args.empty()) return error("invalid arguments for show");
    auto f = family_modifier(args, dflt);
    if (!f) return f.error();
    cmd.family = *f;
    return cmd;
  }
  W w;
  if (auto st = collect(args, w); !st) return st.error();
  auto req = Builder(verb, w, names).build(family);
  if (!req) return req.error();
  cmd.req = std::move(*req);
  cmd.family = cmd.req.family;
  return cmd;
}

}  // namespace solnet
