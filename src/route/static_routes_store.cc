#include "src/route/static_routes_store.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "src/common/file_io.h"

namespace solnet {

namespace {

Error file_error(const std::string& what, const std::string& path) {
  return error(what + " " + path + ": " + strerror(errno));
}

std::string directory_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
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

Status replace(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(tmp.c_str(), "we"), &std::fclose);
  if (!f) return file_error("cannot create", tmp);
  const bool written = std::fwrite(text.data(), 1, text.size(), f.get()) == text.size() &&
                       std::fflush(f.get()) == 0 && ::fsync(fileno(f.get())) == 0;
  if (!written || std::fclose(f.release()) != 0) {
    ::unlink(tmp.c_str());
    return file_error("cannot write", tmp);
  }
  if (::rename(tmp.c_str(), path.c_str()) < 0) {
    ::unlink(tmp.c_str());
    return file_error("cannot replace", path);
  }
  return {};
}

}  // namespace

Result<StaticRoutes> StaticRoutesStore::read() const {
  std::string text;
  if (!read_file(path_, text) && errno != ENOENT) return file_error("cannot read", path_);
  return parse_static_routes(text);
}

Result<PersistOutcome> StaticRoutesStore::update(const std::function<PersistOutcome(const StaticRoutes&)>& op) const {
  const std::string dir = directory_of(path_);
  if (auto st = make_directories(dir); !st) return st.error();
  Fd lock(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (lock.get() < 0) return file_error("cannot open", dir);
  while (::flock(lock.get(), LOCK_EX) < 0)
    if (errno != EINTR) return file_error("cannot lock", dir);
  auto file = read();
  if (!file) return file.error();
  PersistOutcome o = op(*file);
  if (o.changed) {
    // A file we create is world-readable, as illumos makes it.
    const mode_t old = ::umask(022);
    auto st = replace(path_, static_routes_text(o.file));
    ::umask(old);
    if (!st) return st.error();
  }
  return o;
}

}  // namespace solnet
