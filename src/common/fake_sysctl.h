// A Sysctl for unit tests: changes the links of a FakeKernel as Linux does
// (disable_ipv6 1 removes the link's IPv6 addresses, 0 gives an up link a
// link-local again; the IPv6 MTU stays within 1280 and the link's).
#pragma once

#include <net/if.h>
#include <sys/socket.h>

#include <algorithm>
#include <vector>

#include "src/common/fake_kernel.h"
#include "src/common/sysctl.h"

namespace solnet {

class FakeSysctl : public Sysctl {
 public:
  explicit FakeSysctl(FakeKernel& k) : k_(k) {}

  Status set_conf(const ConfChange& c) override {
    writes.push_back(c);
    if (static_cast<int>(writes.size()) - 1 == fail_write) return error("Operation not permitted: refused by the test");
    auto it = std::find_if(k_.links_.begin(), k_.links_.end(), [&](const Link& l) { return l.name == c.ifname; });
    if (it == k_.links_.end()) return error("No such file or directory");
    const bool v6 = c.family == AF_INET6;
    if (c.key == "forwarding") {
      (v6 ? it->forwarding6 : it->forwarding4) = c.value != 0;
    } else if (v6 && c.key == "keep_addr_on_down") {
      it->ipv6_keep_addrs = c.value != 0;
    } else if (v6 && c.key == "mtu") {
      if (c.value < 1280 || c.value > it->mtu) return error("Invalid argument");
      it->ipv6_mtu = c.value;
    } else if (v6 && c.key == "disable_ipv6") {
      it->ipv6_disabled = c.value != 0;
      const int index = it->index;
      std::erase_if(k_.addrs_, [&](const Addr& a) { return a.family == AF_INET6 && a.ifindex == index; });
      if (!it->ipv6_disabled && (it->flags & IFF_UP)) {
        Addr ll;
        ll.family = AF_INET6;
        ll.ifindex = index;
        ll.local = *parse_inet("fe80::" + std::to_string(index));
        ll.prefixlen = 64;
        ll.flags = IFA_F_PERMANENT;
        k_.addrs_.push_back(ll);
      }
    } else {
      return error("No such file or directory");
    }
    return {};
  }

  std::vector<ConfChange> writes;
  int fail_write = -1;  // the number of the write to refuse (0: the first), -1: none

 private:
  FakeKernel& k_;
};

}  // namespace solnet
