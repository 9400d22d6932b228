#include "src/common/netns.h"

#include <sys/socket.h>
#include <sys/stat.h>

#include "src/common/file_io.h"

namespace solnet {

NetnsId current_netns() {
  NetnsId id;
  struct stat st{};
  if (::stat("/proc/self/ns/net", &st) == 0) {
    id.dev = st.st_dev;
    id.ino = st.st_ino;
  }
  Fd sock(::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
  uint64_t cookie = 0;
  socklen_t len = sizeof cookie;
  if (sock.get() >= 0 && ::getsockopt(sock.get(), SOL_SOCKET, SO_NETNS_COOKIE, &cookie, &len) == 0) id.cookie = cookie;
  return id;
}

std::string netns_file_base(const NetnsId& ns) {
  return "net." + std::to_string(static_cast<unsigned long long>(ns.dev)) + "." +
         std::to_string(static_cast<unsigned long long>(ns.ino));
}

}  // namespace solnet
