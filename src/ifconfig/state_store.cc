#include "src/ifconfig/state_store.h"

#include "src/common/file_io.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace solnet {

namespace {

Error io_error(const std::string& what, const std::string& path) {
  return error("state store " + path + ": " + what + ": " + strerror(errno));
}

Status write_atomically(const std::string& path, const std::string& text) {
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  {
    Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (fd.get() < 0) return io_error("cannot create", tmp);
    std::size_t off = 0;
    while (off < text.size()) {
      ssize_t n = ::write(fd.get(), text.data() + off, text.size() - off);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        ::unlink(tmp.c_str());
        return io_error("cannot write", tmp);
      }
      off += static_cast<std::size_t>(n);
    }
  }
  if (::rename(tmp.c_str(), path.c_str()) < 0) {
    ::unlink(tmp.c_str());
    return io_error("cannot replace", path);
  }
  return {};
}

}  // namespace

StoreDoc FileStateStore::read() {
  std::string text;
  if (!read_file(path(), text)) return {};
  auto doc = store_from_json(text);
  return doc ? std::move(*doc) : StoreDoc{};
}

Status FileStateStore::update(const std::function<Status(StoreDoc&)>& change) {
  if (::mkdir(dir_.c_str(), 0755) < 0 && errno != EEXIST) return io_error("cannot create", dir_);
  std::string lock = dir_ + "/lock";
  Fd fd(::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644));
  if (fd.get() < 0) return io_error("cannot open", lock);
  // Held until fd closes, past the rename below.
  while (::flock(fd.get(), LOCK_EX) < 0)
    if (errno != EINTR) return io_error("cannot lock", lock);
  StoreDoc doc = read();
  const StoreDoc before = doc;
  if (auto st = change(doc); !st) return st;
  if (doc == before) return {};
  return write_atomically(path(), store_to_json(doc));
}

Status MemoryStateStore::update(const std::function<Status(StoreDoc&)>& change) {
  StoreDoc copy = doc;
  if (auto st = change(copy); !st) return st;
  if (!(copy == doc)) {
    doc = std::move(copy);
    ++writes;
  }
  return {};
}

}  // namespace solnet
