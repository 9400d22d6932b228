// The logical interfaces (as ifconfig names them) whose addresses routes
// take as their preferred source, for `route --json`. A link's addresses,
// and the state store, are read the first time a route of it has a
// preferred source: the display reads none for routes without one, and
// never builds every logical interface of the system.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "lib/route/link_units.h"
#include "src/common/kernel.h"
#include "src/ifconfig/state_store.h"

namespace solnet {

class PrefsrcNames {
 public:
  // `links` (from one link dump) must outlive this.
  PrefsrcNames(Kernel& kernel, StateStore& store, const std::vector<Link>& links);

  // The name of the logical interface of link `ifindex` whose address is
  // `addr`; null when there is none or the link's addresses could not be
  // read (error() then says why).
  const std::string* name(int ifindex, const InetAddr& addr);
  const std::optional<Error>& error() const { return error_; }

 private:
  // A link the store has a record of: named by build_lifs, as ifconfig does.
  using Stored = std::map<InetAddr, std::string>;
  using Names = std::variant<LinkUnits, Stored>;
  Names read(const Link& link);
  Names read_stored(const Link& link, StoredLink& stored);

  Kernel& kernel_;
  StateStore& store_;
  const std::vector<Link>& links_;
  std::optional<StoreDoc> doc_;  // read with the first link
  std::unordered_map<int, Names> names_;
  std::optional<Error> error_;
  std::string found_;
};

}  // namespace solnet
