#include "src/ifconfig/inet_type_file.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "lib/ifconfig/inet_type.h"
#include "src/common/file_io.h"

namespace solnet {

int default_display_family(const std::string& path) {
  constexpr std::size_t kLimit = 64 * 1024;
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
  struct stat st {};
  if (fd.get() < 0 || fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  std::string text(kLimit, '\0');
  std::size_t got = 0;
  while (got < kLimit) {
    const ssize_t n = ::read(fd.get(), text.data() + got, kLimit - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return 0;
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  text.resize(got);
  return inet_type_family(text);
}

}  // namespace solnet
