#include "src/arp/command.h"

#include <errno.h>
#include <string.h>

#include <fstream>
#include <sstream>

#include "lib/arp/keywords.h"
#include "lib/common/escape.h"
#include "src/arp/change.h"
#include "src/arp/show.h"

namespace solnet {

ArpOutcome failed(const Error& e) {
  ArpOutcome o;
  o.errors.push_back(e.message);
  o.status = e.exit_code;
  return o;
}

Result<std::string> read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return error(printable(path) + ": " + strerror(errno));
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) return error(printable(path) + ": " + strerror(errno));
  return s.str();
}

ArpOutcome run_arp(const ArpArgs& args, ArpSystem& sys) {
  switch (args.mode) {
    case ArpMode::help: return ArpOutcome{arp_usage(), {}, 0};
    case ArpMode::set: return set_arp(args, sys);
    case ArpMode::del: return delete_arp(args, sys);
    case ArpMode::file: return file_arp(args, sys);
    default: return show_arp(args, sys);  // query, table, list
  }
}

}  // namespace solnet
