// Interface names for routes: links by index, and logical interfaces by
// address as ifconfig shows them (labels, state-store units, the lowest
// free unit for unlabelled addresses).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lib/route/json.h"
#include "src/common/kernel.h"
#include "src/ifconfig/state_store.h"

namespace solnet {

class RouteInterfaces {
 public:
  // One link dump and one address dump of `family`.
  static Result<RouteInterfaces> read(Kernel& kernel, StateStore& store, int family);

  std::string link_name(int index) const;
  unsigned link_mtu(int index) const;
  // The logical interface of link `index` whose address is `addr`.
  std::optional<std::string> lif_name(int index, const InetAddr& addr) const;

  // Fills in every route's interface names.
  void name(Route& r) const;
  RouteEntry entry(Route r) const;

 private:
  std::map<int, std::pair<std::string, unsigned>> links_;
  std::map<std::pair<int, InetAddr>, std::string> lifs_;
};

}  // namespace solnet
