#include "lib/ifconfig/vni.h"

#include <net/if.h>
#include <sys/socket.h>

#include <algorithm>

namespace solnet {

namespace {

constexpr std::string_view kPrefix = "vni";
constexpr std::string_view kKinds[] = {"dummy", "ifb"};

}  // namespace

bool is_vni_name(std::string_view phys) {
  if (!phys.starts_with(kPrefix) || phys.size() == kPrefix.size() || phys.size() > kIfNameMax) return false;
  const std::string_view unit = phys.substr(kPrefix.size());
  if (unit.size() > 1 && unit[0] == '0') return false;
  return std::all_of(unit.begin(), unit.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::span<const std::string_view> vni_kinds() { return kKinds; }

bool is_vni(const Link& link) {
  return is_vni_name(link.name) && std::find(std::begin(kKinds), std::end(kKinds), link.kind) != std::end(kKinds);
}

Link vni_view(Link link) {
  if (is_vni(link)) link.flags &= ~(IFF_BROADCAST | IFF_MULTICAST);
  return link;
}

bool plumbs_new_vni(const IfName& name, const IfCommand& cmd) {
  return !name.logical() && is_vni_name(name.phys) &&
         std::any_of(cmd.actions.begin(), cmd.actions.end(), [](const IfAction& a) { return a.op == IfOp::plumb; });
}

bool unplumbs_vni(const LinkConf& cur, const LinkConf& want) {
  return is_vni(cur.link) && cur.family == AF_INET && want.inet_unplumbed && !cur.inet_unplumbed;
}

}  // namespace solnet
