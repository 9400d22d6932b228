#include "lib/ifconfig/parse.h"

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

bool numeric_looking(std::string_view w) {
  return w.find_first_not_of("0123456789./") == std::string_view::npos;
}

// An IPv6 literal, perhaps with "/LEN": hex digits, ':' and '.', a colon.
bool v6_looking(std::string_view w) {
  return w.find(':') != std::string_view::npos &&
         w.find_first_not_of("0123456789abcdefABCDEF:./") == std::string_view::npos;
}

// Words worth asking the hosts database about: letters, digits, '-', '.'
// and '_', not starting with '-' (that is a mistyped keyword).
bool host_like(std::string_view w) {
  if (w.empty() || w.size() > 253 || w[0] == '-' || w[0] == '.' || numeric_looking(w)) return false;
  for (unsigned char c : w)
    if (!std::isalnum(c) && c != '-' && c != '.' && c != '_') return false;
  return true;
}

class Parser {
 public:
  Parser(std::span<const std::string> words, int family, NameLookup& names)
      : words_(words), family_(family), names_(names) {}

  Result<IfCommand> run() {
    for (i_ = 0; i_ < words_.size(); ++i_) {
      const std::string& w = words_[i_];
      if (w.empty()) return error("empty argument");
      Status st = [&]() -> Status {
        if (const IfKeyword* k = find_ifconfig_keyword(w)) return keyword(*k);
        return address_word(w);
      }();
      if (!st) return st.error();
    }
    for (const auto& a : cmd_.actions) {
      const bool shows_ether = a.op == IfOp::ether && !a.hw;
      if (!a.keyword || (a.keyword->changes && !shows_ether)) cmd_.changes = true;
      if (a.op == IfOp::netmask && a.plus) cmd_.needs_netmasks = true;
    }
    bool sets_address = false;
    for (std::size_t j = 0; j < cmd_.actions.size(); ++j) {
      const IfOp op = cmd_.actions[j].op;
      if (op == IfOp::address || op == IfOp::addif || op == IfOp::add || op == IfOp::set ||
          op == IfOp::auto_revarp)
        sets_address = true;
      if (op == IfOp::netmask) cmd_.address_netmask = j;
    }
    if (!sets_address) cmd_.address_netmask.reset();
    return std::move(cmd_);
  }

 private:
  Status keyword(const IfKeyword& k) {
    if (!(k.families & (family_ == AF_INET6 ? kFamInet6 : kFamInet)))
      return error(std::string(k.info.name) + ": not supported for " + (family_ == AF_INET6 ? "inet6" : "inet"));
    if (k.op == IfOp::refused) return error(refusal_message(k));
    IfAction a{.op = k.op, .keyword = &k};
    Status st;
    switch (k.op) {
      case IfOp::netmask: st = netmask_arg(a); break;
      case IfOp::broadcast: st = broadcast_arg(a); break;
      case IfOp::destination: st = address_arg(a, false, false); break;
      case IfOp::addif: st = address_arg(a, true, true); break;
      case IfOp::add:
      case IfOp::del: st = address_arg(a, true, false); break;
      case IfOp::removeif: st = address_arg(a, false, false); break;
      case IfOp::metric: st = number_arg(a, 0, UINT32_MAX); break;
      case IfOp::mtu: st = number_arg(a, family_ == AF_INET6 ? kMinMtu6 : kMinMtu4, INT_MAX); break;
      case IfOp::txqueuelen: st = number_arg(a, 0, UINT32_MAX); break;
      case IfOp::ether: st = ether_arg(a); break;
      case IfOp::hw: st = hw_arg(a); break;
      case IfOp::set: st = address_arg(a, true, true); break;
      case IfOp::subnet: st = subnet_arg(a); break;
      case IfOp::token: st = token_arg(a); break;
      case IfOp::usesrc: st = usesrc_arg(a); break;
      case IfOp::media: st = media_arg(a); break;
      default: break;
    }
    if (!st) return st;
    // After addif or set the next address word is the destination.
    if (k.op == IfOp::addif || k.op == IfOp::set) addresses_ = 1;
    cmd_.actions.push_back(std::move(a));
    return {};
  }

  // The word after a keyword, or an error naming what is missing.
  Result<std::string> next_arg(std::string_view what) {
    if (i_ + 1 >= words_.size()) return error("no argument for " + std::string(what));
    const std::string& w = words_[++i_];
    if (w.empty()) return error("empty argument for " + std::string(what));
    return w;
  }

  // The argument of netmask or broadcast, which may be "+".
  Result<std::string> plus_arg(IfAction& a) {
    auto w = next_arg(a.keyword->info.name);
    if (!w) return w;
    a.arg = printable(*w);
    a.plus = *w == "+";
    return w;
  }

  Status netmask_arg(IfAction& a) {
    auto w = plus_arg(a);
    if (!w) return w.error();
    if (a.plus) return {};
    auto len = parse_netmask4(*w);
    if (!len && host_like(*w)) {
      // networks(5) or hosts(5) names, as Solaris looks masks up.
      auto m = host_addr(names_, *w, AF_INET);
      if (!m) m = network_addr(names_, *w);
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

  Status broadcast_arg(IfAction& a) {
    auto w = plus_arg(a);
    if (!w || a.plus) return w ? Status() : Status(w.error());
    auto addr = host_or_address(*w);
    if (!addr) return addr.error();
    a.addr = *addr;
    return {};
  }

  // An address argument: numeric, a host name, with "/LEN" when allowed;
  // "0" when the keyword may leave the interface without an address.
  Status address_arg(IfAction& a, bool with_prefix, bool zero_ok) {
    auto w = next_arg(a.keyword->info.name);
    if (!w) return w.error();
    return address_value(*w, a, with_prefix, zero_ok);
  }

  Status address_value(const std::string& w, IfAction& a, bool with_prefix, bool zero_ok) {
    a.arg = printable(w);
    if (w == "0" || w == (family_ == AF_INET6 ? "::" : "0.0.0.0")) {
      if (!zero_ok) return error(a.arg + ": bad address");
      a.addr = *parse_inet(family_ == AF_INET6 ? "::" : "0.0.0.0");
      return {};
    }
    std::string_view host = w;
    if (auto slash = w.find('/'); slash != std::string::npos) {
      if (!with_prefix) return error(a.arg + ": unexpected '/'");
      a.prefix = parse_prefix_len(std::string_view(w).substr(slash + 1), max_prefix());
      if (!a.prefix) return error(a.arg + ": bad prefix length");
      host = std::string_view(w).substr(0, slash);
    }
    auto addr = host_or_address(std::string(host));
    if (!addr) return error(a.arg + ": bad address");
    a.addr = *addr;
    return {};
  }

  Result<InetAddr> host_or_address(const std::string& w) {
    const int af = family_ == AF_INET6 ? AF_INET6 : AF_INET;
    if (auto a = parse_inet(w, af)) return *a;
    if (host_like(w))
      if (auto a = host_addr(names_, w, af)) return *a;
    return error(printable(w) + ": bad address");
  }

  int max_prefix() const { return family_ == AF_INET6 ? 128 : 32; }

  // "subnet ADDR/LEN": the prefix length is what it sets; the fold checks
  // that the subnet holds the address.
  Status subnet_arg(IfAction& a) {
    auto w = next_arg("subnet");
    if (!w) return w.error();
    if (w->find('/') == std::string::npos) return error("subnet " + printable(*w) + ": missing prefix length");
    return address_value(*w, a, true, false);
  }

  // "token ::ID/64": Linux keeps the low 64 bits as the interface
  // identifier, so the length must be 64 and the high bits zero.
  Status token_arg(IfAction& a) {
    auto w = next_arg("token");
    if (!w) return w.error();
    const std::string what = "token " + printable(*w);
    const auto slash = w->find('/');
    if (slash == std::string::npos) return error(what + ": missing prefix length (/64)");
    auto addr = parse_inet(std::string_view(*w).substr(0, slash), AF_INET6);
    if (!addr) return error(what + ": bad address");
    if (parse_prefix_len(std::string_view(*w).substr(slash + 1), 128) != kTokenLen)
      return error(what + ": Linux tokens are 64-bit interface identifiers (/64)");
    for (int i = 0; i < 8; ++i)
      if (addr->bytes[i]) return error(what + ": the first 64 bits must be zero (::ID/64)");
    a.arg = printable(*w);
    a.addr = *addr;
    a.prefix = kTokenLen;
    return {};
  }

  Status number_arg(IfAction& a, uint32_t min, uint32_t max) {
    const std::string name(a.keyword->info.name);
    auto w = next_arg(name);
    if (!w) return w.error();
    a.arg = printable(*w);
    uint64_t v = 0;
    auto [p, ec] = std::from_chars(w->data(), w->data() + w->size(), v);
    if (ec == std::errc::result_out_of_range || (ec == std::errc() && p == w->data() + w->size() && v > max))
      return error(name + " " + a.arg + ": out of range");
    if (ec != std::errc() || p != w->data() + w->size()) return error(name + " " + a.arg + ": not a number");
    if (v < min) return error(name + " " + a.arg + ": must be at least " + std::to_string(min));
    a.number = static_cast<uint32_t>(v);
    return {};
  }

  Status ether_arg(IfAction& a) {
    // "ether" alone (or before another keyword) shows the address.
    if (i_ + 1 >= words_.size() || find_ifconfig_keyword(words_[i_ + 1])) return {};
    return mac_value(words_[++i_], a);
  }

  Status hw_arg(IfAction& a) {
    auto cls = next_arg("hw");
    if (!cls) return cls.error();
    if (*cls != a.keyword->info.choices)
      return error("hw " + printable(*cls) + ": unsupported hardware class (only ether)");
    auto w = next_arg("hw ether");
    if (!w) return w.error();
    return mac_value(*w, a);
  }

  Status mac_value(const std::string& w, IfAction& a) {
    a.arg = printable(w);
    a.hw = parse_ether(w);
    if (!a.hw) return error(a.arg + ": bad Ethernet address");
    return {};
  }

  // "usesrc IF|none": a physical interface, or none.
  Status usesrc_arg(IfAction& a) {
    auto w = next_arg("usesrc");
    if (!w) return w.error();
    a.arg = printable(*w);
    if (*w == "none") return {};
    auto name = parse_ifname(*w);
    if (!name) return name.error();
    if (name->logical()) return error("usesrc " + a.arg + ": cannot specify a logical interface");
    a.ifname = name->phys;
    return {};
  }

  // "media auto" (any case, as net-tools takes it) leaves the link as it
  // is; Linux drivers take speed and duplex from ethtool, not from if_port.
  Status media_arg(IfAction& a) {
    auto w = next_arg("media");
    if (!w) return w.error();
    a.arg = printable(*w);
    std::string lower = *w;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower != a.keyword->info.choices)
      return error("media " + a.arg + ": not supported on this system (Linux sets link speed and duplex with ethtool)");
    return {};
  }

  // A word that is not a keyword: the address, then the destination.
  Status address_word(const std::string& w) {
    IfAction a{.op = IfOp::address};
    a.arg = printable(w);
    if (w[0] == '/' && addresses_ == 0) {
      // "/LEN" alone sets the mask, as illumos takes it.
      auto len = parse_prefix_len(std::string_view(w).substr(1), max_prefix());
      if (!len) return error(a.arg + ": bad prefix length");
      a.op = IfOp::netmask;
      a.prefix = *len;
      cmd_.actions.push_back(std::move(a));
      return {};
    }
    const bool numeric = numeric_looking(w) || v6_looking(w);
    if (!numeric) {
      if (auto k = closest_ifconfig_keyword(w))
        return error(a.arg + ": unknown keyword (did you mean " + std::string(*k) + "?)");
      if (!host_like(w.substr(0, w.find('/')))) return error(a.arg + ": unknown keyword");
    }
    if (addresses_ == 2) return error("cannot configure more than two addresses in one command");
    if (addresses_ == 1) a.op = IfOp::destination;
    Status st = address_value(w, a, a.op == IfOp::address, a.op == IfOp::address);
    if (!st) {
      if (numeric) return st;
      return error(a.arg + ": unknown keyword or host name");
    }
    ++addresses_;
    cmd_.actions.push_back(std::move(a));
    return {};
  }

  std::span<const std::string> words_;
  int family_;
  NameLookup& names_;
  std::size_t i_ = 0;
  int addresses_ = 0;  // address words given for the current interface
  IfCommand cmd_;
};

}  // namespace

Result<IfCommand> parse_ifconfig_command(std::span<const std::string> words, int family, NameLookup& names) {
  return Parser(words, family, names).run();
}

bool ifconfig_words_display_only(std::span<const std::string> words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const IfKeyword* k = find_ifconfig_keyword(words[i]);
    if (!k) return false;
    const bool shows_ether = k->op == IfOp::ether && (i + 1 == words.size() || find_ifconfig_keyword(words[i + 1]));
    if (k->changes && !shows_ether) return false;
  }
  return !words.empty();
}

}  // namespace solnet
