// Per-interface network sysctls (/proc/sys/net/ipv{4,6}/conf/IF/KEY): the
// settings whose write has effects netlink does not give (forwarding joins
// the all-routers group and flushes cached routes; disable_ipv6 removes or
// restores the link's IPv6). ProcSysctl writes the files of the calling
// process's network namespace; FakeSysctl (tests) changes a FakeKernel.
#pragma once

#include "lib/common/kernel_ops.h"
#include "lib/common/result.h"

namespace solnet {

class Sysctl {
 public:
  virtual ~Sysctl() = default;
  // A refusal's message is the system's ("Invalid argument").
  virtual Status set_conf(const ConfChange& change) = 0;
};

class ProcSysctl : public Sysctl {
 public:
  explicit ProcSysctl(std::string root = "/proc/sys/net") : root_(std::move(root)) {}
  Status set_conf(const ConfChange& change) override;

 private:
  std::string root_;
};

}  // namespace solnet
