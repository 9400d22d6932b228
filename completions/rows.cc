#include "completions/rows.h"

#include <set>
#include <utility>

#include "lib/arp/completion.h"
#include "lib/ifconfig/completion.h"
#include "lib/route/completion.h"

namespace solnet {

Result<std::vector<CompletionRow>> completion_rows(std::string_view command) {
  std::vector<CompletionRow> all;
  if (command == "ifconfig") all = ifconfig_completion_rows();
  else if (command == "arp") all = arp_completion_rows();
  else if (command == "route") all = route_completion_rows();
  else return error(std::string(command) + ": no completion table for this command");
  // A word two tables spell alike (arp's --json) is offered once.
  std::vector<CompletionRow> rows;
  std::set<std::pair<std::string, std::string>> seen;
  for (auto& r : all)
    if (seen.emplace(r.state, r.word).second) rows.push_back(std::move(r));
  return rows;
}

}  // namespace solnet
