#include "src/ifconfig/state_store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "src/common/file_lock.h"
#include "src/common/safe_file.h"

namespace solnet {

namespace {

Error store_error(const Error& e) { return error("state store " + e.message); }

std::string utc_stamp() {
  const time_t now = ::time(nullptr);
  struct tm tm{};
  ::gmtime_r(&now, &tm);
  char buf[32];
  ::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
  return buf;
}

}  // namespace

FileStateStore::FileStateStore(std::string dir, NetnsId ns)
    : dir_(std::move(dir)),
      ns_(ns),
      base_(netns_file_base(ns)) {}

void FileStateStore::warn(const std::string& message) {
  if (warned_.insert(message).second) ::fprintf(stderr, "%s: warning: %s\n", program_invocation_short_name, message.c_str());
}

Status FileStateStore::move_aside(int dir, const std::string& why) {
  const std::string aside = file_name() + ".corrupt." + utc_stamp() + "." + std::to_string(::getpid());
  if (::renameat(dir, file_name().c_str(), dir, aside.c_str()) < 0)
    return error(why + "; cannot move it aside: " + strerror(errno));
  warn(why + "; moved aside to " + label(aside));
  return {};
}

Result<StoreDoc> FileStateStore::load(int dir, bool writer) {
  const std::string path = label(file_name());
  auto text = read_regular_at(dir, file_name(), path);
  if (!text) return text.error();
  if (!*text) return StoreDoc{};
  auto doc = store_from_json(**text);
  if (!doc) {
    const std::string why = path + ": not readable (" + doc.error().message + ")";
    // never overwritten unseen: moved aside under the lock, by root
    if (writer) {
      if (auto st = move_aside(dir, why); !st) return st.error();
    } else if (::geteuid() == 0 && !pending_) {
      if (auto st = update([](StoreDoc&) { return Status{}; }); !st) warn(store_error(st.error()).message);
    } else {
      warn(why + "; shown without it");
    }
    return StoreDoc{};
  }
  // the file of a dead namespace whose inode this one reuses
  if (ns_.cookie && doc->netns_cookie && doc->netns_cookie != ns_.cookie) return StoreDoc{};
  return doc;
}

StoreDoc FileStateStore::read() {
  struct stat st{};
  if (::lstat(dir_.c_str(), &st) < 0 && errno == ENOENT) return {};
  auto dir = open_root_dir(dir_, false);
  if (!dir) {
    warn(store_error(dir.error()).message + "; shown without it");
    return {};
  }
  auto doc = load(dir->get(), false);
  if (!doc) {
    warn(store_error(doc.error()).message + "; shown without it");
    return {};
  }
  return std::move(*doc);
}

Status FileStateStore::update(const std::function<Status(StoreDoc&)>& change, const std::function<void()>& undo) {
  auto dir = open_root_dir(dir_, true);
  if (!dir) return store_error(dir.error());
  // Held until it closes, past the rename below.
  auto lock = lock_exclusive(dir->get(), lock_name(), label(lock_name()));
  if (!lock) return store_error(lock.error());
  remove_temp_files(dir->get(), file_name());
  auto doc = load(dir->get(), true);
  if (!doc) return store_error(doc.error());
  const StoreDoc before = *doc;
  auto tmp = TempFile::create(dir->get(), file_name(), label(file_name()));
  if (!tmp) return store_error(tmp.error());
  pending_.emplace(std::move(*tmp));
  intended_.reset();
  Status st = change(*doc);
  if (st && !(*doc == before)) {
    if (!intended_ || !(*intended_ == *doc)) st = intend(*doc);
    if (st)
      if (auto put = pending_->commit(); !put) st = store_error(put.error());
    if (!st) {
      if (undo) undo();
      st = error(st.error().message + (undo ? "; the change was undone" : ""));
    }
  }
  pending_.reset();
  intended_.reset();
  return st;
}

Status FileStateStore::intend(const StoreDoc& doc) {
  if (!pending_) return error("state store: no change under way");
  StoreDoc copy = doc;
  copy.netns_cookie = ns_.cookie;
  if (auto st = pending_->write(store_to_json(copy), FileMode{0644, ::geteuid(), ::getegid()}); !st)
    return store_error(st.error());
  intended_ = doc;
  return {};
}

Status MemoryStateStore::update(const std::function<Status(StoreDoc&)>& change, const std::function<void()>& undo) {
  StoreDoc copy = doc;
  if (auto st = change(copy); !st) return st;
  if (copy == doc) return {};
  if (fail_writes || fail_commit) {
    if (!undo) return error("state store: cannot write: No space left on device");
    undo();
    return error("state store: cannot write: No space left on device; the change was undone");
  }
  doc = std::move(copy);
  ++writes;
  return {};
}

Status MemoryStateStore::intend(const StoreDoc&) {
  if (fail_writes) return error("state store: cannot write: No space left on device");
  return {};
}

}  // namespace solnet
