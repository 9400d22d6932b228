#include "lib/arp/args.h"

#include "lib/arp/modifiers.h"
#include "lib/arp/scan.h"
#include "lib/common/escape.h"

namespace solnet {

namespace {

// Whether illumos arp(1M) accepts the line; it then means what it means there.
bool illumos_shape(const ArpScan& s, const std::optional<ArpChangeWords>& change) {
  if (!s.only_solaris_options || s.linux_table || s.use_device) return false;
  const auto n = s.operands.size();
  if (!s.action) return n == 1 && !s.numeric;
  if (s.numeric && !s.is(ArpOpt::all)) return false;  // illumos: -n only with -a
  if (s.is(ArpOpt::set)) return n >= 2 && change && !change->keywords.net_tools_only;
  return n == (s.is(ArpOpt::all) ? 0 : 1);  // -a; -d HOST; -f FILE
}

// The host words looked up and the hardware word read, last.
Status resolve(ArpArgs& a, const std::optional<std::string>& host, const std::optional<ArpChangeWords>& change,
               NameLookup& names) {
  if (host) {
    auto h = resolve_host(*host, names);
    if (!h) return h.error();
    a.host = std::move(*h);
  }
  if (change) {
    auto c = resolve_change(*change, a.hw, names);
    if (!c) return c.error();
    a.change = std::move(*c);
  }
  return {};
}

}  // namespace

Result<ArpArgs> parse_arp_args(std::span<const std::string> words, ArpGlobals g, NameLookup& names) {
  auto scanned = scan_arp_options(words);
  if (!scanned) return scanned.error();
  const ArpScan& s = *scanned;
  ArpArgs a;
  a.numeric = s.numeric;
  a.verbose = s.verbose;
  a.json = s.json;
  a.device = s.device;
  a.hw = ArpHwRule{s.hwtype, s.use_device};
  if (s.help) {
    a.mode = ArpMode::help;
    return a;
  }
  const auto& ops = s.operands;
  std::optional<ArpChangeWords> change;
  if (s.is(ArpOpt::set) || s.is(ArpOpt::del)) {
    const bool set = s.is(ArpOpt::set);
    const char* form = set ? (s.use_device ? "-Ds" : "-s") : "-d";
    if (ops.empty()) return error(std::string("no host for ") + form);
    if (set && ops.size() == 1)
      return error(std::string(s.use_device ? "no interface for " : "no hardware address for ") + form + " " +
                   printable(ops[0]));
    auto c = parse_change_words(ops, set);
    if (!c) return c.error();
    change = std::move(*c);
  }
  a.net_tools = g.net_tools || !illumos_shape(s, change);
  a.json = a.json || g.json;
  if (s.use_device && !s.is(ArpOpt::set) && !s.is(ArpOpt::file)) return error("-D applies to -s and -f only");
  std::optional<std::string> host;
  if (change) {
    a.mode = s.is(ArpOpt::set) ? ArpMode::set : ArpMode::del;
  } else if (s.is(ArpOpt::file)) {
    // illumos needs the file; net-tools reads /etc/ethers without one. A
    // line with more words is not illumos': net-tools ignores them.
    a.mode = ArpMode::file;
    a.file = ops.empty() ? "/etc/ethers" : ops[0];
  } else {
    if (!ops.empty()) host = ops[0];
    if (!a.net_tools) {
      a.mode = s.is(ArpOpt::all) ? ArpMode::table : ArpMode::query;
    } else {
      a.mode = ArpMode::list;
      a.bsd = s.is(ArpOpt::all) && !s.linux_table;
    }
  }
  if (a.json && (a.mode == ArpMode::set || a.mode == ArpMode::del || a.mode == ArpMode::file))
    return error("--json applies to display only");
  if (auto st = resolve(a, host, change, names); !st) return st.error();
  return a;
}

ArpFilter display_filter(const ArpArgs& a) {
  ArpFilter f;
  f.device = a.device;
  if (a.hw.type) f.hwtype = a.hw.type->arphrd;
  if (a.host) f.host = a.host->addr;
  return f;
}

}  // namespace solnet
