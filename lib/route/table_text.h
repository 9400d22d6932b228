// net-tools' "Kernel IP routing table", byte for byte: route, route -n,
// -e and -ee. net-tools reads /proc/net/route; this renders the same rows
// from netlink routes, one at a time as the dump arrives.
#pragma once

#include <string>

#include "lib/common/name_lookup.h"
#include "lib/common/route_model.h"

namespace solnet {

struct TableOptions {
  // net-tools' FLAG_EXT: 1 + the number of -e, modulo 4 (so -eee prints
  // the title alone, as net-tools does).
  int ext = 1;
  bool numeric = false;  // -n or -N
};

// A row /proc/net/route has: an IPv4 route of the main table other than a
// broadcast or multicast one.
bool is_proc_route(const Route& r);

// Appends the table to `out`: the title and header when made, then a row
// per route. Names are looked up unless options.numeric.
class InetTableWriter {
 public:
  InetTableWriter(std::string& out, const TableOptions& options, NameLookup& names);
  // `r`'s row, when is_proc_route(r); r.ifname names its interface.
  void row(const Route& r);

 private:
  void address(const InetAddr& a, uint32_t mask, bool host_role);

  std::string& out_;
  TableOptions options_;
  NameLookup& names_;
};

}  // namespace solnet
