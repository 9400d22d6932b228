#include "src/common/sysctl.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "src/common/file_io.h"

namespace solnet {

Status ProcSysctl::set_conf(const ConfChange& c) {
  // An interface name never holds '/' and is never "." or "..": the path
  // stays inside conf/.
  const std::string path =
      root_ + (c.family == AF_INET6 ? "/ipv6/conf/" : "/ipv4/conf/") + c.ifname + "/" + c.key;
  Fd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC));
  if (fd.get() < 0) return error(strerror(errno));
  const std::string text = std::to_string(c.value) + "\n";
  ssize_t n;
  do n = ::write(fd.get(), text.data(), text.size());
  while (n < 0 && errno == EINTR);
  if (n < 0) return error(strerror(errno));
  if (static_cast<std::size_t>(n) != text.size()) return error("short write to " + path);
  return {};
}

}  // namespace solnet
