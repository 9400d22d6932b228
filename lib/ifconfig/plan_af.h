// The link-wide settings of an address family that a plan changes besides
// the link itself: per-interface forwarding ("router"), and for IPv6 its
// plumbing (disable_ipv6), MTU and interface token. Forwarding, plumbing
// and the MTU are sysctls; the token is an RTM_SETLINK attribute.
//
// Linux deletes a link's IPv6 addresses when the link goes down, unless
// keep_addr_on_down is set; a Solaris interface keeps its addresses while
// it is down. So a plan that takes a link with IPv6 down sets the link's
// keep_addr_on_down first, whatever family the command names.
#pragma once

#include "lib/ifconfig/conf.h"
#include "lib/ifconfig/plan.h"

namespace solnet {

// Before the link changes: keeping IPv6 addresses over a down, plumbing
// inet6, then the IPv6 MTU, token and forwarding.
void plan_af_before(const LinkConf& cur, const LinkConf& want, LinkPlan& plan);

// After the addresses are gone: unplumbing inet6.
void plan_af_after(const LinkConf& cur, const LinkConf& want, LinkPlan& plan);

}  // namespace solnet
