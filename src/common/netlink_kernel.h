// Kernel implemented over rtnetlink, asking for no more than each call needs.
#pragma once

#include <optional>

#include "src/common/kernel.h"
#include "src/common/netlink.h"

namespace solnet {

class NetlinkKernel : public Kernel {
 public:
  Result<std::optional<Link>> link(const std::string& name) override;
  Result<std::vector<Link>> links() override { return dump_links(false); }
  Result<std::vector<Link>> links_with_stats() override { return dump_links(true); }
  Result<std::vector<Addr>> addrs(int family, int ifindex) override;
  Status set_link(const LinkChange& change) override;
  Status add_addr(const Addr& a) override;
  Status replace_addr(const Addr& a) override;
  Status del_addr(const Addr& a) override;
  Result<bool> add_link(const std::string& name, const std::string& kind) override;
  Status del_link(int index) override;

 protected:
  // The socket, opened on first use.
  Result<Netlink*> sock() { return nl_.get(); }

 private:
  Result<std::vector<Link>> dump_links(bool stats);
  // Sends a change and waits for the kernel's answer.
  Status change(NlMsg msg);

  LazyNetlink nl_;
};

}  // namespace solnet
