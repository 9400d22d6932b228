// For the plan tests: the plan of a command for a link, and kernel
// operations in a comparable form ("del v0:1 10.0.0.2/24", "conf inet6
// disable_ipv6 1").
#pragma once

#include <sys/socket.h>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "lib/common/fake_names.h"
#include "lib/common/kernel_ops.h"
#include "lib/ifconfig/fold.h"
#include "lib/ifconfig/plan.h"

namespace solnet {

// The plan of `words` (parsed for `family`) applied to `unit` of the link;
// `stored` is used when it has an index.
inline LinkPlan plan_words(const Link& link, const std::vector<Addr>& addrs, const StoredLink& stored,
                           std::vector<std::string> words, std::optional<unsigned> unit, int family) {
  fixture::FakeNames names;
  auto cmd = parse_ifconfig_command(words, family, names);
  REQUIRE(cmd);
  const StoredLink* st = stored.index ? &stored : nullptr;
  LinkConf cur = build_link_conf(link, addrs, st, family == AF_INET6 ? AF_INET6 : AF_INET);
  LinkConf want = cur;
  FoldNotes notes;
  REQUIRE(fold_command(want, unit, false, *cmd, {}, notes));
  return plan_link(cur, want, st);
}

inline std::vector<std::string> describe(const std::vector<KernelOp>& ops) {
  std::vector<std::string> out;
  for (const auto& op : ops) {
    switch (op.kind) {
      case KernelOpKind::set_link: {
        std::string s = "link";
        if (op.link.change) s += " flags " + std::to_string(op.link.flags) + "/" + std::to_string(op.link.change);
        if (op.link.mtu) s += " mtu " + std::to_string(*op.link.mtu);
        if (op.link.txqlen) s += " txqlen " + std::to_string(*op.link.txqlen);
        if (op.link.hwaddr) s += " ether " + ether_solaris(*op.link.hwaddr);
        if (op.link.token6) s += " token " + op.link.token6->str();
        out.push_back(s);
        break;
      }
      case KernelOpKind::add_addr:
      case KernelOpKind::del_addr:
      case KernelOpKind::replace_addr: {
        const char* verb = op.kind == KernelOpKind::add_addr ? "add" : op.kind == KernelOpKind::del_addr ? "del" : "replace";
        std::string s = std::string(verb) + " " + op.addr.label + " " + op.addr.local.str() + "/" +
                        std::to_string(op.addr.prefixlen);
        if (op.addr.broadcast) s += " brd " + op.addr.broadcast->str();
        if (op.addr.peer) s += " peer " + op.addr.peer->str();
        if (op.addr.metric) s += " metric " + std::to_string(op.addr.metric);
        out.push_back(s);
        break;
      }
      case KernelOpKind::note_routes: out.push_back("note routes"); break;
      case KernelOpKind::restore_routes: out.push_back("restore routes"); break;
      case KernelOpKind::set_conf:
        out.push_back("conf " + std::string(op.conf.family == AF_INET6 ? "inet6 " : "inet ") + op.conf.key + " " +
                      std::to_string(op.conf.value));
        break;
    }
  }
  return out;
}

// The operations of a plan that can make the kernel drop routes, between
// its route-keeping steps (lib/ifconfig/plan_routes.h).
inline std::vector<std::string> routed(std::vector<std::string> ops) {
  ops.insert(ops.begin(), "note routes");
  ops.push_back("restore routes");
  return ops;
}

}  // namespace solnet
