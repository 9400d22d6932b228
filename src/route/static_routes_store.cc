#include "src/route/static_routes_store.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "lib/common/escape.h"
#include "src/common/file_lock.h"
#include "src/common/safe_file.h"

namespace solnet {

namespace {

Error file_error(const std::string& what, const std::string& path) {
  return error(what + " " + printable(path) + ": " + strerror(errno));
}

// mkdir -p: /etc/inet does not exist on most Linux systems.
Status make_directories(const std::string& dir) {
  for (std::size_t i = 1; i <= dir.size(); ++i) {
    if (i != dir.size() && dir[i] != '/') continue;
    const std::string part = dir.substr(0, i);
    if (::mkdir(part.c_str(), 0755) < 0 && errno != EEXIST) return file_error("cannot create", part);
  }
  return {};
}

// `rel` under `root`, resolved by the kernel without leaving it (a link
// out of root, absolute or by "..", fails with EXDEV).
int open_beneath(int root, const std::string& rel) {
  open_how how{};
  how.flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  return static_cast<int>(::syscall(SYS_openat2, root, rel.c_str(), &how, sizeof how));
}

}  // namespace

StaticRoutesStore::StaticRoutesStore(std::string path, std::optional<std::string> root)
    : path_(std::move(path)), root_(std::move(root)), label_(root_.value_or("") + path_) {
  auto slash = path_.rfind('/');
  dir_ = slash == std::string::npos ? "." : slash == 0 ? "/" : path_.substr(0, slash);
  name_ = slash == std::string::npos ? path_ : path_.substr(slash + 1);
}

Result<Fd> StaticRoutesStore::open_dir(bool create) const {
  if (!root_) {
    if (create)
      if (auto st = make_directories(dir_); !st) return st.error();
    Fd fd(::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0 && errno != ENOENT) return file_error("cannot open", dir_);
    return fd;
  }
  const std::string& root = *root_;
  if (root.empty() || root[0] != '/') return error("-R " + printable(root) + ": not an absolute directory name");
  Fd top(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (top.get() < 0) return error("-R " + printable(root) + ": " + (errno == ENOTDIR ? "not a directory" : strerror(errno)));
  // component by component, each made when missing, none left by a link
  Fd at(::dup(top.get()));
  std::string rel;
  std::size_t from = 0;
  while (from < dir_.size()) {
    std::size_t end = dir_.find('/', from);
    if (end == std::string::npos) end = dir_.size();
    const std::string part = dir_.substr(from, end - from);
    from = end + 1;
    if (part.empty()) continue;
    rel += (rel.empty() ? "" : "/") + part;
    Fd next(open_beneath(top.get(), rel));
    if (next.get() < 0 && errno == ENOENT && create) {
      if (::mkdirat(at.get(), part.c_str(), 0755) < 0 && errno != EEXIST) return file_error("cannot create", root + "/" + rel);
      next = Fd(open_beneath(top.get(), rel));
    }
    if (next.get() < 0) {
      if (errno == ENOENT) return Fd();
      if (errno == EXDEV) return error(printable(root + "/" + rel) + ": a symbolic link out of " + printable(root));
      return file_error("cannot open", root + "/" + rel);
    }
    at = std::move(next);
  }
  return at;
}

Result<StaticRoutes> StaticRoutesStore::read_in(int dir) const {
  if (dir < 0) return parse_static_routes("");
  // The live file is the admin's, links and all; under -R DIR none is
  // followed.
  auto text = root_ ? read_regular_at(dir, name_, label_) : read_regular(path_);
  if (!text) return text.error();
  return parse_static_routes(text->value_or(""));
}

Result<StaticRoutes> StaticRoutesStore::read() const {
  auto dir = open_dir(false);
  if (!dir) return dir.error();
  return read_in(dir->get());
}

Result<PersistOutcome> StaticRoutesStore::update(const std::function<PersistOutcome(const StaticRoutes&)>& op) const {
  auto dir = open_dir(true);
  if (!dir) return dir.error();
  // a file that cannot be read gets no lock file beside it
  if (auto file = read_in(dir->get()); !file) return file.error();
  auto lock = lock_exclusive(dir->get(), name_ + ".lock", label_ + ".lock");
  if (!lock) return lock.error();
  auto file = read_in(dir->get());
  if (!file) return file.error();
  PersistOutcome o = op(*file);
  if (!o.changed) return o;
  // A file we create is world-readable, as illumos makes it; one that
  // exists keeps its owner and mode.
  FileMode mode{0644, ::geteuid(), ::getegid()};
  struct stat st{};
  if (::fstatat(dir->get(), name_.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) mode = {st.st_mode & 07777, st.st_uid, st.st_gid};
  if (auto w = replace_at(dir->get(), name_, label_, static_routes_text(o.file), mode); !w) return w.error();
  return o;
}

}  // namespace solnet
