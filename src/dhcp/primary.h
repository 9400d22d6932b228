// Which interface is the DHCP primary: one at a time per network
// namespace, kept in a small file beside the state store (tmpfs: forgotten
// at reboot, as dhcpagent forgets).
#pragma once

#include <optional>
#include <string>

#include "lib/common/result.h"
#include "src/common/netns.h"

namespace solnet {

class DhcpPrimaryRecord {
 public:
  virtual ~DhcpPrimaryRecord() = default;
  virtual std::optional<std::string> get() = 0;
  // nullopt: no interface is primary.
  virtual Status set(const std::optional<std::string>& link) = 0;
};

// DIR/net.DEV.INO.dhcp-primary: one record per network namespace.
class FilePrimaryRecord : public DhcpPrimaryRecord {
 public:
  explicit FilePrimaryRecord(std::string dir, const NetnsId& ns = current_netns())
      : dir_(std::move(dir)), name_(netns_file_base(ns) + ".dhcp-primary") {}
  std::optional<std::string> get() override;
  Status set(const std::optional<std::string>& link) override;

 private:
  std::string path() const { return dir_ + "/" + name_; }
  std::string dir_;
  std::string name_;
  bool warned_ = false;
};

class MemoryPrimaryRecord : public DhcpPrimaryRecord {
 public:
  std::optional<std::string> get() override { return link; }
  Status set(const std::optional<std::string>& l) override {
    link = l;
    return {};
  }
  std::optional<std::string> link;
};

}  // namespace solnet
