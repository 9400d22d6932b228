#include "lib/arp/args.h"

#include "lib/arp/hwtype.h"
#include "lib/arp/keywords.h"
#include "lib/common/escape.h"
#include "lib/common/inet_addr.h"

namespace solnet {

namespace {

// The options of a line, before its syntax is decided.
struct Scan {
  const ArpOption* action = nullptr;  // -a, -d, -f or -s
  bool is(ArpOpt id) const { return action && action->id == id; }
  bool linux_table = false;
  bool help = false;
  bool only_solaris_options = true;
  ArpArgs args;
  std::vector<std::string> operands;
};

Status apply(Scan& s, const ArpOption& o, const std::string& value) {
  if (!o.solaris && o.id != ArpOpt::json) s.only_solaris_options = false;
  switch (o.id) {
    case ArpOpt::all:
    case ArpOpt::del:
    case ArpOpt::file:
    case ArpOpt::set:
      // -a is the display action; one action per line, as illumos has it.
      if (s.action && s.action != &o)
        return error(std::string(s.action->info.name) + " and " + std::string(o.info.name) +
                     " cannot be used together");
      s.action = &o;
      break;
    case ArpOpt::numeric: s.args.numeric = true; break;
    case ArpOpt::linux_table: s.linux_table = true; break;
    case ArpOpt::verbose: s.args.verbose = true; break;
    case ArpOpt::device: s.args.device = value; break;
    case ArpOpt::hwtype: {
      auto t = hwtype_by_name(value);
      if (!t) return error(printable(value) + ": unknown hardware type");
      if (!t->arp) return error(printable(value) + ": hardware type without ARP support");
      s.args.hwtype = t->arphrd;
      s.args.hwtype_name = std::string(t->name);
      break;
    }
    case ArpOpt::family:
      if (value != "inet") return error(printable(value) + ": address family not supported (ARP is inet only)");
      break;
    case ArpOpt::use_device: s.args.use_device = true; break;
    case ArpOpt::help: s.help = true; break;
    case ArpOpt::json: s.args.json = true; break;
  }
  return {};
}

// getopt_long as net-tools uses it: clustered short options, an option's
// argument glued or in the next word, long names by unique prefix, options
// anywhere, "--" ending them.
Result<Scan> scan(std::span<const std::string> words) {
  Scan s;
  bool operands_only = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (operands_only || w.size() < 2 || w[0] != '-') {
      s.operands.push_back(w);
      continue;
    }
    if (w == "--") {
      operands_only = true;
      continue;
    }
    if (w[1] == '-') {
      auto eq = w.find('=');
      std::string name = w.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
      const ArpOption* o = arp_long_option(name);
      if (!o) return error(printable(w) + ": unknown option" + arp_long_option_hint(w.substr(0, eq)));
      if (o->id != ArpOpt::json) s.only_solaris_options = false;
      std::string value;
      if (o->info.arg == Arg::required) {
        if (eq != std::string::npos) {
          value = w.substr(eq + 1);
        } else if (i + 1 < words.size()) {
          value = words[++i];
        } else {
          return error("no argument for --" + std::string(o->long_name));
        }
      } else if (eq != std::string::npos) {
        return error(printable(w) + ": --" + std::string(o->long_name) + " takes no argument");
      }
      if (auto st = apply(s, *o, value); !st) return st.error();
      continue;
    }
    for (std::size_t j = 1; j < w.size(); ++j) {
      const ArpOption* o = arp_short_option(w[j]);
      if (!o) return error("-" + printable(std::string(1, w[j])) + ": unknown option");
      std::string value;
      if (o->info.arg == Arg::required) {
        if (j + 1 < w.size()) {
          value = w.substr(j + 1);
        } else if (i + 1 < words.size()) {
          value = words[++i];
        } else {
          return error("no argument for " + std::string(o->info.name));
        }
        j = w.size();
      }
      if (auto st = apply(s, *o, value); !st) return st.error();
    }
  }
  return s;
}

Error too_many(const std::vector<std::string>& operands, std::size_t allowed) {
  return error(printable(operands[allowed]) + ": unexpected argument");
}

// Whether illumos arp(1M) accepts the line; it then means what it means there.
bool illumos_shape(const Scan& s, const std::optional<ArpChange>& change) {
  if (!s.only_solaris_options || s.linux_table || s.args.use_device) return false;
  const auto n = s.operands.size();
  if (!s.action) return n == 1 && !s.args.numeric;
  if (s.args.numeric && !s.is(ArpOpt::all)) return false;  // illumos: -n only with -a
  switch (s.action->id) {
    case ArpOpt::all: return n == 0;
    case ArpOpt::del: return n == 1;
    case ArpOpt::file: return n == 1;
    case ArpOpt::set: return n >= 2 && change && !change->net_tools_only;
    default: return false;
  }
}

}  // namespace

Result<ArpChange> parse_arp_change(std::span<const std::string> words, bool set) {
  ArpChange c;
  c.host = words[0];
  std::size_t i = 1;
  if (set) c.hw = words[i++];
  const char* action = set ? "-s" : "-d";
  for (; i < words.size(); ++i) {
    const std::string& w = words[i];
    const ArpModifier* m = arp_modifier(w);
    if (!m) return error(printable(w) + ": unknown keyword" + arp_modifier_hint(w));
    if (!(set ? m->set : m->del)) return error(std::string(m->info.name) + " cannot be used with " + action);
    if (!m->solaris) c.net_tools_only = true;
    std::string value;
    if (m->info.arg == Arg::required) {
      if (i + 1 == words.size()) return error("no argument for " + std::string(m->info.name));
      value = words[++i];
    }
    switch (m->id) {
      case ArpMod::temp: c.temp = true; break;
      case ArpMod::pub:
        c.pub = true;
        if (set) c.priv = false;
        break;
      case ArpMod::priv:
        c.priv = true;
        if (set) c.pub = false;
        break;
      case ArpMod::trail: break;  // no trailer encapsulation on Linux
      case ArpMod::permanent: c.permanent = true; break;
      case ArpMod::netmask: {
        auto len = parse_netmask4(value);
        if (!len) return len.error();
        if (*len != 0 && *len != 32)
          return error("netmask " + printable(value) +
                       ": Linux publishes one address (255.255.255.255) or a whole interface (0.0.0.0)");
        c.whole_link = *len == 0;
        break;
      }
      case ArpMod::dev: c.dev = value; break;
    }
  }
  if (c.temp && c.permanent) return error("temp and permanent cannot be used together");
  if (c.whole_link && !c.pub) return error("netmask 0.0.0.0 needs pub");
  if (set && c.pub && c.temp) return error("a published entry cannot be temporary: Linux proxy entries never age");
  return c;
}

Result<ArpArgs> parse_arp_args(std::span<const std::string> words, ArpGlobals g) {
  auto scanned = scan(words);
  if (!scanned) return scanned.error();
  Scan& s = *scanned;
  ArpArgs& a = s.args;
  if (s.help) {
    a.mode = ArpMode::help;
    return a;
  }
  const auto& ops = s.operands;
  std::optional<ArpChange> change;
  if (s.is(ArpOpt::set) || s.is(ArpOpt::del)) {
    const bool set = s.is(ArpOpt::set);
    const char* form = set ? (a.use_device ? "-Ds" : "-s") : "-d";
    if (ops.empty()) return error(std::string("no host for ") + form);
    if (set && ops.size() == 1)
      return error(std::string(a.use_device ? "no interface for " : "no hardware address for ") + form + " " +
                   printable(ops[0]));
    auto c = parse_arp_change(ops, set);
    if (!c) return c.error();
    change = std::move(*c);
  }
  a.net_tools = g.net_tools || !illumos_shape(s, change);
  a.json = a.json || g.json;
  if (a.use_device && !s.is(ArpOpt::set) && !s.is(ArpOpt::file))
    return error("-D applies to -s and -f only");
  if (change) {
    a.mode = s.is(ArpOpt::set) ? ArpMode::set : ArpMode::del;
    a.change = std::move(change);
  } else if (s.is(ArpOpt::file)) {
    // illumos needs the file; net-tools reads /etc/ethers without one.
    if (ops.size() > 1) return too_many(ops, 1);
    a.mode = ArpMode::file;
    a.file = ops.empty() ? "/etc/ethers" : ops[0];
  } else {
    if (ops.size() > 1) return too_many(ops, 1);
    if (!ops.empty()) a.host = ops[0];
    if (!a.net_tools) {
      a.mode = s.is(ArpOpt::all) ? ArpMode::table : ArpMode::query;
    } else {
      a.mode = ArpMode::list;
      a.bsd = s.is(ArpOpt::all) && !s.linux_table;
    }
  }
  if (a.json && (a.mode == ArpMode::set || a.mode == ArpMode::del || a.mode == ArpMode::file))
    return error("--json applies to display only");
  return a;
}

}  // namespace solnet
