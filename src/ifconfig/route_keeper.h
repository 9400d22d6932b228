// Runs the route-keeping steps of a plan (lib/ifconfig/plan_routes.h):
// "note routes" remembers a link's static routes, "restore routes" puts
// back each one the kernel dropped that can exist now, holds in the store
// those that may exist again later, and says which are gone for good.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lib/common/kernel_ops.h"
#include "lib/common/route_model.h"
#include "lib/ifconfig/lif_store.h"
#include "src/common/kernel.h"
#include "src/common/route_kernel.h"

namespace solnet {

class RouteKeeper {
 public:
  // Without a route kernel, the steps do nothing.
  RouteKeeper(Kernel& kernel, RouteKernel* routes, StoreDoc& doc) : kernel_(kernel), routes_(routes), doc_(doc) {}

  Status note(const KernelOp& op);
  Status restore(const KernelOp& op);

  // What note found on a link (a journal records it), and the same given
  // back when a journal is replayed, where the kernel may have dropped
  // them already.
  const std::vector<Route>& noted(int index) { return noted_[index]; }
  void set_noted(int index, std::vector<Route> routes) { noted_[index] = std::move(routes); }

  // One line each, without the program's name: routes gone for good, routes
  // the kernel would not take back.
  const std::vector<std::string>& messages() const { return messages_; }

 private:
  Kernel& kernel_;
  RouteKernel* routes_;
  StoreDoc& doc_;
  std::map<int, std::vector<Route>> noted_;  // by link index
  std::vector<std::string> messages_;
};

}  // namespace solnet
