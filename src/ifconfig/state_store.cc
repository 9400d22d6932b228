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
#include "src/ifconfig/journal_replay.h"

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

FileStateStore::FileStateStore(std::string dir, NetnsId ns, JournalReplayer* replayer)
    : dir_(std::move(dir)),
      ns_(ns),
      base_(netns_file_base(ns)),
      replayer_(replayer) {}

void FileStateStore::warn(const std::string& message) {
  if (warned_.insert(message).second) ::fprintf(stderr, "%s: warning: %s\n", program_invocation_short_name, message.c_str());
}

Status FileStateStore::move_aside(int dir, const std::string& name, const std::string& why) {
  const std::string aside = name + ".corrupt." + utc_stamp() + "." + std::to_string(::getpid());
  if (::renameat(dir, name.c_str(), dir, aside.c_str()) < 0)
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
      if (auto st = move_aside(dir, file_name(), why); !st) return st.error();
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

// Under the lock: a journal there is a killed writer's. Its change is
// replayed to the end (or undone, should the kernel refuse a step now),
// the store written, and the journal removed.
Status FileStateStore::recover(int dir) {
  const std::string path = label(journal_name());
  auto text = read_regular_at(dir, journal_name(), path);
  if (text && !*text) return {};
  auto j = text ? journal_from_json(**text) : Result<ChangeJournal>(text.error());
  if (!j) return move_aside(dir, journal_name(), path + ": not readable (" + j.error().message + "), not replayed");
  if (!(ns_.cookie && j->netns_cookie && j->netns_cookie != ns_.cookie)) {
    auto now = load(dir, true);
    if (!now) return now.error();
    JournalReplayer::Outcome out = (replayer_ ? *replayer_ : system_journal_replayer()).replay(*j, *now);
    for (const auto& p : out.problems) warn(path + ": " + p);
    if (!(out.store == *now)) {
      out.store.netns_cookie = ns_.cookie;
      if (auto st = replace_at(dir, file_name(), label(file_name()), store_to_json(out.store),
                               FileMode{0644, ::geteuid(), ::getegid()});
          !st)
        return store_error(st.error());
    }
    warn(std::string("a change interrupted by a signal was ") + (out.completed ? "completed" : "undone") + " (" +
         path + ")");
  }
  if (::unlinkat(dir, journal_name().c_str(), 0) < 0 && errno != ENOENT)
    return error("state store " + path + ": cannot remove: " + strerror(errno));
  return {};
}

StoreDoc FileStateStore::read() {
  struct stat st{};
  if (::lstat(dir_.c_str(), &st) < 0 && errno == ENOENT) return {};
  auto dir = open_root_dir(dir_, false);
  if (!dir) {
    warn(store_error(dir.error()).message + "; shown without it");
    return {};
  }
  // Only root completes a killed writer's change; others show what is.
  if (::geteuid() == 0 && !pending_ && ::faccessat(dir->get(), journal_name().c_str(), F_OK, AT_SYMLINK_NOFOLLOW) == 0)
    if (auto done = update([](StoreDoc&) { return Status{}; }); !done) warn(store_error(done.error()).message);
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
  remove_temp_files(dir->get(), journal_name());
  if (auto st = recover(dir->get()); !st) return st;
  auto doc = load(dir->get(), true);
  if (!doc) return store_error(doc.error());
  const StoreDoc before = *doc;
  auto tmp = TempFile::create(dir->get(), file_name(), label(file_name()));
  if (!tmp) return store_error(tmp.error());
  dir_fd_ = dir->get();
  pending_.emplace(std::move(*tmp));
  intended_.reset();
  journaled_ = false;
  Status st = change(*doc);
  if (st && !(*doc == before)) {
    if (!intended_ || !(*intended_ == *doc)) st = write_pending(*doc);
    if (st)
      if (auto put = pending_->commit(); !put) st = store_error(put.error());
    if (!st) {
      if (undo) undo();
      st = error(st.error().message + (undo ? "; the change was undone" : ""));
    }
  }
  // Done or undone: nothing is left to replay.
  if (journaled_ && ::unlinkat(dir_fd_, journal_name().c_str(), 0) < 0 && st)
    st = error("state store " + label(journal_name()) + ": cannot remove: " + strerror(errno));
  pending_.reset();
  intended_.reset();
  journaled_ = false;
  dir_fd_ = -1;
  return st;
}

Status FileStateStore::write_pending(const StoreDoc& doc) {
  StoreDoc copy = doc;
  copy.netns_cookie = ns_.cookie;
  if (auto st = pending_->write(store_to_json(copy), FileMode{0644, ::geteuid(), ::getegid()}); !st)
    return store_error(st.error());
  intended_ = doc;
  return {};
}

Status FileStateStore::intend(const ChangeJournal& j) {
  if (!pending_) return error("state store: no change under way");
  if (!intended_ || !(*intended_ == j.store))
    if (auto st = write_pending(j.store); !st) return st;
  if (auto st = replace_at(dir_fd_, journal_name(), label(journal_name()), journal_to_json(j, ns_.cookie),
                           FileMode{0600, ::geteuid(), ::getegid()});
      !st)
    return store_error(st.error());
  journaled_ = true;
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

Status MemoryStateStore::intend(const ChangeJournal& j) {
  if (fail_writes) return error("state store: cannot write: No space left on device");
  journal = j;
  return {};
}

}  // namespace solnet
