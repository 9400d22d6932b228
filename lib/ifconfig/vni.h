// vni(7D) virtual interfaces on Linux. A vni is a software-only link named
// vniN whose kind is "dummy" or, where the kernel has no dummy device,
// "ifb": ifb is software-only too (it comes up RUNNING and drops what is
// sent to it), but it says BROADCAST, which a vni never does. A link is a
// vni by its name and kind alone, so `ifconfig -a` needs no extra request
// to tell; `ip link add vni7 type dummy` makes one as well.
#pragma once

#include <span>
#include <string_view>

#include "lib/common/ifname.h"
#include "lib/common/kernel_model.h"
#include "lib/ifconfig/conf.h"
#include "lib/ifconfig/parse.h"

namespace solnet {

// "vni" followed by a decimal unit: "vni0", "vni12".
bool is_vni_name(std::string_view phys);

// The kinds `plumb` tries, in order: dummy, then ifb.
std::span<const std::string_view> vni_kinds();

bool is_vni(const Link& link);

// The link as a vni shows and is configured: no BROADCAST, no MULTICAST
// (vni(7D): neither is supported). Other links are returned unchanged.
Link vni_view(Link link);

// True when the command plumbs a vni that does not exist yet: the physical
// name of a vni and a "plumb" among the words.
bool plumbs_new_vni(const IfName& name, const IfCommand& cmd);

// True when the fold unplumbed IPv4 from a vni: the link itself goes
// (inet6 unplumb only turns IPv6 off, as on any link).
bool unplumbs_vni(const LinkConf& cur, const LinkConf& want);

}  // namespace solnet
