#include "src/common/file_io.h"

#include <errno.h>
#include <fcntl.h>

namespace solnet {

bool read_file(const std::string& path, std::string& out) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return false;
  char buf[8192];
  for (;;) {
    ssize_t n = ::read(fd.get(), buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return n == 0;
    out.append(buf, static_cast<std::size_t>(n));
  }
}

}  // namespace solnet
