#include "src/ifconfig/short_list_run.h"

#include <sys/socket.h>

namespace solnet {

Output run_short_list(Kernel& kernel, const ShortListRequest& req) {
  auto links = kernel.links_with_stats();
  if (!links) return error_output(links.error());
  auto addrs = kernel.addrs(AF_INET, 0);
  if (!addrs) return error_output(addrs.error());
  auto rows = short_rows(*links, *addrs, req);
  if (req.json) return Output{.out = short_list_json(rows.value_or(std::vector<ShortRow>{})),
                              .errors = rows ? std::vector<std::string>{} : std::vector<std::string>{*req.name + ": no such interface"},
                              .status = rows ? 0 : 1,
                              .json = true};
  // net-tools prints the header before it finds out, and its own message.
  Output out{.out = short_list_text(rows.value_or(std::vector<ShortRow>{}))};
  if (!rows) {
    out.notes.push_back(*req.name + ": error fetching interface information: Device not found");
    out.status = 1;
  }
  return out;
}

}  // namespace solnet
