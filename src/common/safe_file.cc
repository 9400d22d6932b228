#include "src/common/safe_file.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string_view>

#include "lib/common/escape.h"

namespace solnet {

namespace {

Error fail(const std::string& label, const std::string& what) { return error(printable(label) + ": " + what); }

Error sys_fail(const std::string& label, int err) {
  if (err == ELOOP) return fail(label, "is a symbolic link");
  return fail(label, strerror(err));
}

std::string too_large(std::size_t limit) { return "too large (more than " + std::to_string(limit) + " bytes)"; }

Result<std::optional<std::string>> read_open(int fd, const std::string& label, std::size_t limit) {
  if (fd < 0) {
    if (errno == ENOENT) return std::optional<std::string>();
    return sys_fail(label, errno);
  }
  Fd f(fd);
  struct stat st{};
  if (::fstat(fd, &st) < 0) return sys_fail(label, errno);
  if (!S_ISREG(st.st_mode)) return fail(label, "not a regular file");
  if (static_cast<std::size_t>(st.st_size) > limit) return fail(label, too_large(limit));
  std::string out;
  char buf[8192];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return sys_fail(label, errno);
    if (n == 0) return std::optional<std::string>(std::move(out));
    out.append(buf, static_cast<std::size_t>(n));
    // it may grow while read
    if (out.size() > limit) return fail(label, too_large(limit));
  }
}

constexpr int kReadFlags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;

std::string temp_prefix(const std::string& name) { return "." + name + ".tmp."; }

std::string random_suffix() {
  unsigned char r[8];
  if (::getrandom(r, sizeof r, 0) != sizeof r)
    for (auto& c : r) c = static_cast<unsigned char>(::rand());  // entropy is not the point: O_EXCL is
  static const char hex[] = "0123456789abcdef";
  std::string s;
  for (unsigned char c : r) {
    s += hex[c >> 4];
    s += hex[c & 15];
  }
  return s;
}

}  // namespace

Result<std::optional<std::string>> read_regular(const std::string& path, std::size_t limit, bool nofollow) {
  return read_open(::open(path.c_str(), kReadFlags | (nofollow ? O_NOFOLLOW : 0)), path, limit);
}

Result<std::optional<std::string>> read_regular_at(int dir, const std::string& name, const std::string& label,
                                                   std::size_t limit) {
  return read_open(::openat(dir, name.c_str(), kReadFlags | O_NOFOLLOW), label, limit);
}

TempFile::TempFile(int dir, std::string name, std::string tmp, std::string label, Fd fd)
    : dir_(dir), name_(std::move(name)), tmp_(std::move(tmp)), label_(std::move(label)), fd_(std::move(fd)) {}

TempFile::TempFile(TempFile&& o) noexcept
    : dir_(o.dir_), name_(std::move(o.name_)), tmp_(std::move(o.tmp_)), label_(std::move(o.label_)),
      fd_(std::move(o.fd_)), done_(std::exchange(o.done_, true)) {}

TempFile::~TempFile() {
  if (!done_) ::unlinkat(dir_, tmp_.c_str(), 0);
}

Result<TempFile> TempFile::create(int dir, const std::string& name, const std::string& label) {
  for (int attempt = 0; attempt < 16; ++attempt) {
    std::string tmp = temp_prefix(name) + random_suffix();
    int fd = ::openat(dir, tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd >= 0) return TempFile(dir, name, std::move(tmp), label, Fd(fd));
    if (errno != EEXIST) return fail(label, std::string("cannot create a temporary file: ") + strerror(errno));
  }
  return fail(label, "cannot create a temporary file: every name taken");
}

Status TempFile::write(const std::string& text, const FileMode& mode) {
  auto bad = [&] { return fail(label_, std::string("cannot write: ") + strerror(errno)); };
  std::size_t off = 0;
  while (off < text.size()) {
    ssize_t n = ::pwrite(fd_.get(), text.data() + off, text.size() - off, static_cast<off_t>(off));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return bad();
    off += static_cast<std::size_t>(n);
  }
  if (::ftruncate(fd_.get(), static_cast<off_t>(text.size())) < 0) return bad();
  if ((mode.uid != ::geteuid() || mode.gid != ::getegid()) && ::fchown(fd_.get(), mode.uid, mode.gid) < 0)
    return bad();
  if (::fchmod(fd_.get(), mode.mode) < 0) return bad();
  if (::fsync(fd_.get()) < 0) return bad();
  return {};
}

Status TempFile::commit() {
  if (::renameat(dir_, tmp_.c_str(), dir_, name_.c_str()) < 0)
    return fail(label_, std::string("cannot replace: ") + strerror(errno));
  done_ = true;
  return {};
}

void remove_temp_files(int dir, const std::string& name) {
  const std::string prefix = temp_prefix(name);
  DIR* d = ::fdopendir(::dup(dir));
  if (!d) return;
  ::rewinddir(d);
  while (const dirent* e = ::readdir(d))
    if (std::string_view(e->d_name).starts_with(prefix)) ::unlinkat(dir, e->d_name, 0);
  ::closedir(d);
}

Status replace_at(int dir, const std::string& name, const std::string& label, const std::string& text,
                  const FileMode& mode) {
  auto tmp = TempFile::create(dir, name, label);
  if (!tmp) return tmp.error();
  if (auto st = tmp->write(text, mode); !st) return st;
  return tmp->commit();
}

Result<Fd> open_root_dir(const std::string& path, bool create) {
  bool made = false;
  if (create) {
    if (::mkdir(path.c_str(), 0700) == 0)
      made = true;
    else if (errno != EEXIST)
      return fail(path, std::string("cannot create: ") + strerror(errno));
  }
  Fd fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
  if (fd.get() < 0) {
    struct stat l{};
    if (errno == ENOTDIR && ::lstat(path.c_str(), &l) == 0 && S_ISLNK(l.st_mode)) return fail(path, "is a symbolic link");
    if (errno == ENOTDIR) return fail(path, "not a directory");
    return sys_fail(path, errno);
  }
  struct stat st{};
  if (::fstat(fd.get(), &st) < 0) return sys_fail(path, errno);
  if (st.st_uid != 0) return fail(path, "not owned by root");
  if (st.st_mode & (S_IWGRP | S_IWOTH)) return fail(path, "writable by others than root");
  // made 0700 first: nobody can look in before its mode is set
  if (made && ::fchmod(fd.get(), 0755) < 0) return sys_fail(path, errno);
  return fd;
}

}  // namespace solnet
