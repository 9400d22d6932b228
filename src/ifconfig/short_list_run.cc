#include "src/ifconfig/short_list_run.h"

#include <sys/socket.h>

namespace solnet {

Output run_short_list(Kernel& kernel, const ShortListRequest& req) {
  auto links = kernel.links_with_stats();
  if (!links) return error_output(links.error());
  auto addrs = kernel.addrs(AF_INET, 0);
  if (!addrs) return error_output(addrs.error());
  const auto rows = short_rows(*links, *addrs, req);
  const std::vector<ShortRow> shown = rows.value_or(std::vector<ShortRow>{});
  Output out{.out = req.json ? short_list_json(shown) : short_list_text(shown), .json = req.json};
  if (rows) return out;
  out.status = 1;
  // net-tools prints the header before it finds out, then its own message.
  if (req.json) out.errors.push_back(*req.name + ": no such interface");
  else out.notes.push_back(*req.name + ": error fetching interface information: Device not found");
  return out;
}

}  // namespace solnet
