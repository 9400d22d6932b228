// Which interface is the DHCP primary: one at a time, kept in a small file
// beside the state store (tmpfs: forgotten at reboot, as dhcpagent forgets).
#pragma once

#include <optional>
#include <string>

#include "lib/common/result.h"

namespace solnet {

class DhcpPrimaryRecord {
 public:
  virtual ~DhcpPrimaryRecord() = default;
  virtual std::optional<std::string> get() = 0;
  // nullopt: no interface is primary.
  virtual Status set(const std::optional<std::string>& link) = 0;
};

class FilePrimaryRecord : public DhcpPrimaryRecord {
 public:
  explicit FilePrimaryRecord(std::string dir) : dir_(std::move(dir)) {}
  std::optional<std::string> get() override;
  Status set(const std::optional<std::string>& link) override;

 private:
  static constexpr const char* kName = "dhcp-primary";
  std::string path() const { return dir_ + "/" + kName; }
  std::string dir_;
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
