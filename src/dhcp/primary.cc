#include "src/dhcp/primary.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include "lib/dhcp/args.h"

namespace solnet {

std::optional<std::string> FilePrimaryRecord::get() {
  std::ifstream in(path());
  std::string link;
  if (!in || !std::getline(in, link) || link.empty()) return std::nullopt;
  return link;
}

Status FilePrimaryRecord::set(const std::optional<std::string>& link) {
  auto fail = [&](const std::string& what) {
    return error(what + ": " + strerror(errno), kDhcpExitSystem);
  };
  if (!link) {
    if (unlink(path().c_str()) != 0 && errno != ENOENT) return fail(path());
    return {};
  }
  if (mkdir(dir_.c_str(), 0755) != 0 && errno != EEXIST) return fail(dir_);
  // Written aside and renamed, so that a reader never sees half a name.
  const std::string tmp = path() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << *link << '\n';
    if (!out.flush()) return fail(tmp);
  }
  if (rename(tmp.c_str(), path().c_str()) != 0) return fail(path());
  return {};
}

}  // namespace solnet
