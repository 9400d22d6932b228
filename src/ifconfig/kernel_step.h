// One operation of a plan sent to the system: the kernel, the sysctls, or
// the route keeper's notes.
#pragma once

#include "lib/common/kernel_ops.h"
#include "src/common/kernel.h"
#include "src/common/sysctl.h"
#include "src/ifconfig/route_keeper.h"

namespace solnet {

Status run_kernel_step(Kernel& kernel, Sysctl& sysctl, RouteKeeper& keeper, const KernelOp& op);

}  // namespace solnet
