#include "lib/arp/args.h"

#include "lib/arp/modifiers.h"
#include "lib/arp/scan.h"
#include "lib/common/escape.h"

namespace solnet {

namespace {

Error too_many(const std::vector<std::string>& operands, std::size_t allowed) {
  return error(printable(operands[allowed]) + ": unexpected argument");
}

// Whether illumos arp(1M) accepts the line; it then means what it means there.
bool illumos_shape(const ArpScan& s, const std::optional<ArpChange>& change) {
  if (!s.only_solaris_options || s.linux_table || s.use_device) return false;
  const auto n = s.operands.size();
  if (!s.action) return n == 1 && !s.numeric;
  if (s.numeric && !s.is(ArpOpt::all)) return false;  // illumos: -n only with -a
  if (s.is(ArpOpt::set)) return n >= 2 && change && !change->net_tools_only;
  return n == (s.is(ArpOpt::all) ? 0 : 1);  // -a; -d HOST; -f FILE
}

}  // namespace

Result<ArpChange> parse_arp_change(std::span<const std::string> words, bool set) {
  ArpChange c;
  c.host = words[0];
  if (set) c.hw = words[1];
  auto w = parse_arp_modifiers(words.subspan(set ? 2 : 1), set);
  if (!w) return w.error();
  static_cast<ArpModifiers&>(c) = w->mods;
  c.net_tools_only = w->net_tools_only;
  return c;
}

Result<ArpArgs> parse_arp_args(std::span<const std::string> words, ArpGlobals g) {
  auto scanned = scan_arp_options(words);
  if (!scanned) return scanned.error();
  const ArpScan& s = *scanned;
  ArpArgs a;
  a.numeric = s.numeric;
  a.verbose = s.verbose;
  a.use_device = s.use_device;
  a.json = s.json;
  a.device = s.device;
  if (s.hwtype) {
    a.hwtype = s.hwtype->arphrd;
    a.hwtype_name = std::string(s.hwtype->name);
  }
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
