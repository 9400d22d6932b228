#include "src/common/file_lock.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>

#include <cstdio>
#include <optional>
#include <sstream>

#include "lib/common/escape.h"
#include "src/common/safe_file.h"

namespace solnet {

namespace {

// The pid /proc/locks gives for a lock held on the file (device, inode).
std::optional<long> holder(const struct stat& st) {
  auto text = read_regular("/proc/locks");
  if (!text || !*text) return std::nullopt;
  char id[64];
  std::snprintf(id, sizeof id, "%02x:%02x:%llu", major(st.st_dev), minor(st.st_dev),
                static_cast<unsigned long long>(st.st_ino));
  std::istringstream in(**text);
  std::string line;
  while (std::getline(in, line)) {
    // "1: FLOCK  ADVISORY  WRITE 1234 00:1f:5678 0 EOF"; waiters have "->"
    std::istringstream w(line);
    std::string n, kind, adv, mode, file;
    long pid = 0;
    if (!(w >> n >> kind) || kind == "->") continue;
    if (!(w >> adv >> mode >> pid >> file) || file != id) continue;
    if (pid > 0) return pid;
  }
  return std::nullopt;
}

void nap() {
  timespec ts{0, 20 * 1000 * 1000};
  ::nanosleep(&ts, nullptr);
}

}  // namespace

Result<Fd> lock_exclusive(int dir, const std::string& name, const std::string& label,
                          std::chrono::milliseconds wait) {
  auto fail = [&](const std::string& what) { return error(printable(label) + ": " + what); };
  const int flags = O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK;
  Fd fd(::openat(dir, name.c_str(), flags, 0600));
  // A link in the lock's place is never opened, so nobody holds a lock
  // through it: it goes, and a real lock takes its place.
  if (fd.get() < 0 && errno == ELOOP && ::unlinkat(dir, name.c_str(), 0) == 0)
    fd = Fd(::openat(dir, name.c_str(), flags | O_EXCL, 0600));
  if (fd.get() < 0)
    return fail(std::string("cannot open the lock: ") + (errno == ELOOP ? "is a symbolic link" : strerror(errno)));
  struct stat st{};
  if (::fstat(fd.get(), &st) < 0) return fail(std::string("cannot open the lock: ") + strerror(errno));
  if (!S_ISREG(st.st_mode)) return fail("the lock is not a regular file");
  if (st.st_uid != ::geteuid()) return fail("the lock is not owned by root");
  // a lock another user could open is one it could hold
  if ((st.st_mode & 07777) != 0600 && ::fchmod(fd.get(), 0600) < 0)
    return fail(std::string("cannot protect the lock: ") + strerror(errno));
  const auto deadline = std::chrono::steady_clock::now() + wait;
  while (::flock(fd.get(), LOCK_EX | LOCK_NB) < 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) return fail(std::string("cannot lock: ") + strerror(errno));
    if (std::chrono::steady_clock::now() >= deadline) {
      auto pid = holder(st);
      return fail("held by " + (pid ? "process " + std::to_string(*pid) : std::string("another process")) +
                  "; gave up waiting after " + std::to_string(wait.count()) + " ms, nothing changed");
    }
    nap();
  }
  return fd;
}

}  // namespace solnet
