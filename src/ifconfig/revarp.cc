#include "src/ifconfig/revarp.h"

#include <net/if.h>
#include <sys/socket.h>

#include <algorithm>

#include "lib/common/escape.h"
#include "src/common/safe_file.h"
#include "src/ifconfig/show.h"

namespace solnet {

namespace {

// Missing: the defaults, as illumos' defread does; one that is there but
// cannot be read (a FIFO, a huge file) is an error.
Result<RarpSettings> read_settings(const std::string& path) {
  auto text = read_regular(path, 64 * 1024);
  if (!text) return text.error();
  if (!*text) return RarpSettings{};
  return parse_rarp_defaults(**text);
}

Status mark(Kernel& kernel, int index, bool up) {
  LinkChange c;
  c.index = index;
  c.change = IFF_UP;
  c.flags = up ? IFF_UP : 0;
  return kernel.set_link(c);
}

}  // namespace

bool wants_revarp(const IfCommand& cmd) {
  return std::any_of(cmd.actions.begin(), cmd.actions.end(),
                     [](const IfAction& a) { return a.op == IfOp::auto_revarp; });
}

Result<std::vector<IfName>> revarp_interfaces(Kernel& kernel, StateStore& store, DhcpProbe& dhcp,
                                               const IfconfigArgs& args) {
  IfconfigArgs sel = args;
  sel.family = AF_INET;
  sel.words.clear();
  auto lifs = select_lifs(kernel, store, sel, dhcp);
  if (!lifs) return lifs.error();
  std::vector<IfName> out;
  for (const Lif& l : *lifs)
    if (!l.unit && l.ether) out.push_back(IfName{l.phys, std::nullopt});
  return out;
}

Result<std::optional<int>> resolve_revarp(Kernel& kernel, RarpClient* client, const std::string& defaults_path,
                                          const IfconfigArgs& args, IfCommand& cmd) {
  std::optional<int> raised;
  if (!wants_revarp(cmd)) return raised;
  if (!client) return error("auto-revarp: no RARP client");
  const std::string phys = args.name->phys;
  auto link = kernel.link(phys);
  if (!link) return link.error();
  if (!*link) return error(printable(args.name->str()) + ": no such interface");
  Link l = **link;
  auto settings = read_settings(defaults_path);
  if (!settings) return error("auto-revarp: " + settings.error().message);
  if (!(l.flags & IFF_UP)) {
    if (auto st = mark(kernel, l.index, true); !st)
      return error(printable(phys) + ": cannot mark up for auto-revarp: " + st.error().message);
    raised = l.index;
    l.flags |= IFF_UP;
  }
  auto addr = client->ask(l, *settings);
  if (!addr) {
    revarp_lower(kernel, raised);
    return addr.error();
  }
  for (auto& a : cmd.actions)
    if (a.op == IfOp::auto_revarp) a.addr = *addr;
  return raised;
}

void revarp_lower(Kernel& kernel, std::optional<int> raised) {
  if (raised) (void)mark(kernel, *raised, false);
}

}  // namespace solnet
