#include "src/ifconfig/kernel_step.h"

namespace solnet {

Status run_kernel_step(Kernel& kernel, Sysctl& sysctl, RouteKeeper& keeper, const KernelOp& op) {
  switch (op.kind) {
    case KernelOpKind::set_link: return kernel.set_link(op.link);
    case KernelOpKind::add_addr: return kernel.add_addr(op.addr);
    case KernelOpKind::replace_addr: return kernel.replace_addr(op.addr);
    case KernelOpKind::del_addr: return kernel.del_addr(op.addr);
    case KernelOpKind::set_conf: return sysctl.set_conf(op.conf);
    case KernelOpKind::note_routes: return keeper.note(op);
    case KernelOpKind::restore_routes: return keeper.restore(op);
  }
  return {};
}

}  // namespace solnet
