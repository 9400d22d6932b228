#include "lib/ifconfig/plan_af.h"

#include <net/if.h>
#include <sys/socket.h>

#include "lib/common/escape.h"

namespace solnet {

namespace {

const char* family_name(int family) { return family == AF_INET6 ? "inet6" : "inet"; }

void push(LinkPlan& plan, KernelOp op, KernelOp undo) {
  plan.ops.push_back(std::move(op));
  plan.undo.push_back(std::move(undo));
}

// Setting `key` of the link's `family` from `from` to `to`.
void conf_op(const LinkConf& want, int family, const char* key, uint32_t from, uint32_t to, const std::string& what,
             LinkPlan& plan) {
  KernelOp op{KernelOpKind::set_conf, {}, {}, printable(want.link.name) + ": cannot " + what};
  op.conf = {family, want.link.name, key, to};
  KernelOp undo = op;
  undo.conf.value = from;
  push(plan, std::move(op), std::move(undo));
}

void plumbing(const LinkConf& cur, const LinkConf& want, bool plumb, LinkPlan& plan) {
  if (want.family != AF_INET6 || cur.inet_unplumbed == want.inet_unplumbed || want.inet_unplumbed == plumb) return;
  conf_op(want, AF_INET6, "disable_ipv6", plumb, !plumb, plumb ? "plumb inet6" : "unplumb inet6", plan);
}

}  // namespace

void plan_af_before(const LinkConf& cur, const LinkConf& want, LinkPlan& plan) {
  const Link& was_link = cur.link;
  if ((was_link.flags & IFF_UP) && !(want.link.flags & IFF_UP) && was_link.has_inet6 && !was_link.ipv6_disabled &&
      !was_link.ipv6_keep_addrs)
    conf_op(want, AF_INET6, "keep_addr_on_down", 0, 1, "set inet6 keep_addr_on_down 1", plan);
  plumbing(cur, want, true, plan);
  if (cur.link.ipv6_mtu != want.link.ipv6_mtu)
    conf_op(want, AF_INET6, "mtu", cur.link.ipv6_mtu, want.link.ipv6_mtu,
            "set inet6 mtu " + std::to_string(want.link.ipv6_mtu), plan);
  // Linux takes a token only while the link does not forward: forwarding
  // goes off before the token is set and on after it.
  const int fam = want.family;
  const bool was = fam == AF_INET6 ? cur.link.forwarding6 : cur.link.forwarding4;
  const bool is = fam == AF_INET6 ? want.link.forwarding6 : want.link.forwarding4;
  auto forwarding = [&] {
    if (was != is)
      conf_op(want, fam, "forwarding", was, is, std::string(is ? "set " : "clear ") + family_name(fam) + " router",
              plan);
  };
  if (!is) forwarding();
  if (cur.link.ipv6_token != want.link.ipv6_token) {
    KernelOp op{KernelOpKind::set_link, {}, {}, printable(want.link.name) + ": cannot set token " +
                                                    want.link.ipv6_token.str() + "/64"};
    op.link.index = cur.link.index;
    KernelOp undo = op;
    op.link.token6 = want.link.ipv6_token;
    undo.link.token6 = cur.link.ipv6_token;
    push(plan, std::move(op), std::move(undo));
  }
  if (is) forwarding();
}

void plan_af_after(const LinkConf& cur, const LinkConf& want, LinkPlan& plan) { plumbing(cur, want, false, plan); }

}  // namespace solnet
