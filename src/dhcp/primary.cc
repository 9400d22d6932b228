#include "src/dhcp/primary.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "lib/dhcp/args.h"
#include "src/common/safe_file.h"

namespace solnet {

std::optional<std::string> FilePrimaryRecord::get() {
  auto text = read_regular(path(), 4096, true);
  if (!text) {
    // the answer goes on without a primary; the reason is said once
    if (!warned_) ::fprintf(stderr, "%s: warning: %s\n", program_invocation_short_name, text.error().message.c_str());
    warned_ = true;
    return std::nullopt;
  }
  if (!*text) return std::nullopt;
  std::string link = (*text)->substr(0, (*text)->find('\n'));
  if (link.empty()) return std::nullopt;
  return link;
}

Status FilePrimaryRecord::set(const std::optional<std::string>& link) {
  auto dir = open_root_dir(dir_, true);
  if (!dir) return error(dir.error().message, kDhcpExitSystem);
  if (!link) {
    if (::unlinkat(dir->get(), name_.c_str(), 0) != 0 && errno != ENOENT)
      return error(path() + ": " + strerror(errno), kDhcpExitSystem);
    return {};
  }
  // Written aside and renamed, so that a reader never sees half a name.
  if (auto st = replace_at(dir->get(), name_, path(), *link + "\n", FileMode{0644, ::geteuid(), ::getegid()}); !st)
    return error(st.error().message, kDhcpExitSystem);
  return {};
}

}  // namespace solnet
