#include "src/ifconfig/run.h"

#include <malloc.h>
#include <sys/socket.h>

#include "src/ifconfig/revarp.h"
#include "src/ifconfig/show.h"

namespace solnet {

namespace {

// The named logical interfaces of the command's family as they are now:
// one display read for -a, one per name otherwise.
Result<std::vector<Lif>> shown(IfconfigEnv& env, const IfconfigArgs& target, const std::vector<std::string>& names) {
  std::vector<Lif> out;
  if (names.empty()) return out;
  std::vector<Lif> lifs;
  for (std::size_t i = 0; i < (target.name ? names.size() : 1); ++i) {
    IfconfigArgs a;
    a.family = target.family == AF_INET6 ? AF_INET6 : AF_INET;
    a.all = !target.name;
    if (target.name) a.name = *parse_ifname(names[i]);
    auto got = select_lifs(env.kernel, env.store, a, env.dhcp);
    if (!got) return got.error();
    std::move(got->begin(), got->end(), std::back_inserter(lifs));
  }
  for (const auto& name : names)
    for (const auto& l : lifs)
      if (l.name == name) {
        out.push_back(l);
        break;
      }
  return out;
}

Result<ConfigureResult> read_back(IfconfigEnv& env, const IfconfigArgs& target, const FoldNotes& notes) {
  ConfigureResult r{.created = notes.created, .warnings = notes.warnings};
  auto configinfo = shown(env, target, notes.configinfo);
  if (!configinfo) return configinfo.error();
  r.configinfo = std::move(*configinfo);
  auto ether = shown(env, target, notes.ether);
  if (!ether) return ether.error();
  r.ether = std::move(*ether);
  return r;
}

// A change on a link of thousands of addresses allocates and frees vectors
// of megabytes several times over: kept in the heap rather than mapped and
// unmapped each time, their pages fault in once (at 20,000 addresses, 6,100
// page faults instead of 10,700).
void keep_freed_memory() {
  constexpr int kLimit = 32 << 20;  // glibc's largest mmap threshold
  ::mallopt(M_MMAP_THRESHOLD, kLimit);
  ::mallopt(M_TRIM_THRESHOLD, kLimit);
}

// The auto-revarp step fills the command's auto-revarp actions with the
// address RARP gives, as if it had been typed; the link it brought up for
// the question goes down again when the command fails after all.
Result<ConfigureResult> configure(IfconfigEnv& env, const IfconfigArgs& target, IfCommand cmd, bool allocates) {
  keep_freed_memory();
  auto raised = resolve_revarp(env.kernel, env.rarp, env.rarp_defaults_path, target, cmd);
  if (!raised) return raised.error();
  auto notes = apply_ifconfig(env, target, cmd, allocates);
  if (!notes) {
    revarp_lower(env.kernel, *raised);
    return notes.error();
  }
  return read_back(env, target, *notes);
}

// -a with auto-revarp: illumos runs the words once per interface, each
// RARP exchange on its own link, so an interface nobody answers for does
// not keep the others from being configured.
Result<IfconfigOutcome> configure_each(IfconfigEnv& env, const IfconfigRequest& req) {
  auto names = revarp_interfaces(env.kernel, env.store, env.dhcp, req.args);
  if (!names) return names.error();
  IfconfigOutcome out;
  std::string failed;
  for (const IfName& name : *names) {
    IfconfigArgs one;
    one.family = req.args.family;
    one.name = name;
    auto r = configure(env, one, *req.command, false);
    if (r) out.runs.push_back(std::move(*r));
    else failed += (failed.empty() ? "" : "; ") + r.error().message;
  }
  if (!failed.empty()) return error(failed);
  return out;
}

Result<IfconfigOutcome> display(IfconfigEnv& env, const IfconfigRequest& req) {
  std::vector<Lif> lifs;
  if (auto st = show_ifconfig(env, req, [&](Lif& l) { lifs.push_back(std::move(l)); }); !st) return st.error();
  return IfconfigOutcome{.shown = std::move(lifs)};
}

}  // namespace

Status show_ifconfig(IfconfigEnv& env, const IfconfigRequest& req, const LifVisit& visit) {
  auto st = show_lifs(env.kernel, env.store, req.args, env.dhcp, visit);
  if (st || !req.allocates) return st;
  // Nothing was shown: show_lifs fails before its first interface.
  if (auto made = apply_ifconfig(env, req.args, IfCommand{}, true); !made) return made.error();
  return show_lifs(env.kernel, env.store, req.args, env.dhcp, visit);
}

Result<IfconfigOutcome> run_ifconfig(IfconfigEnv& env, const IfconfigRequest& req) {
  if (!req.command) return display(env, req);
  if (!req.args.name && wants_revarp(*req.command)) return configure_each(env, req);
  auto r = configure(env, req.args, *req.command, req.allocates);
  if (!r) return r.error();
  return IfconfigOutcome{.runs = {std::move(*r)}};
}

}  // namespace solnet
