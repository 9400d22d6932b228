// Where the logical-interface store lives: one file per network namespace
// in a root-owned directory under a tmpfs, replaced atomically and changed
// only under an exclusive root-only lock.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>

#include "lib/common/result.h"
#include "lib/ifconfig/lif_store.h"
#include "src/common/netns.h"
#include "src/common/safe_file.h"

namespace solnet {

class StateStore {
 public:
  virtual ~StateStore() = default;
  // The store as last written; empty when there is none. A store that
  // cannot be read reads as empty, with a warning (the kernel is shown).
  virtual StoreDoc read() = 0;
  // Read, change and write back under the lock. Nothing is written when
  // `change` fails or leaves the document as it was. When the write fails
  // after `change` succeeded, `undo` takes back what `change` did outside
  // the document (the kernel).
  virtual Status update(const std::function<Status(StoreDoc&)>& change, const std::function<void()>& undo = {}) = 0;
  // Called by `change` once it knows the document and before it touches
  // the kernel: writes the document aside (not yet in place), so that a
  // store that cannot be written stops the command with nothing changed.
  virtual Status intend(const StoreDoc& doc) = 0;
};

class FileStateStore : public StateStore {
 public:
  explicit FileStateStore(std::string dir, NetnsId ns = current_netns());
  StoreDoc read() override;
  Status update(const std::function<Status(StoreDoc&)>& change, const std::function<void()>& undo = {}) override;
  Status intend(const StoreDoc& doc) override;
  // The store's file and its lock, in dir: "net.DEV.INO.json", ".lock".
  std::string file_name() const { return base_ + ".json"; }
  std::string lock_name() const { return base_ + ".lock"; }

 private:
  std::string label(const std::string& name) const { return dir_ + "/" + name; }
  Result<StoreDoc> load(int dir, bool writer);
  Status move_aside(int dir, const std::string& why);
  void warn(const std::string& message);

  std::string dir_;
  NetnsId ns_;
  std::string base_;
  std::set<std::string> warned_;  // each warning once per run
  // While update runs: the new store's file aside, and what intend wrote.
  std::optional<TempFile> pending_;
  std::optional<StoreDoc> intended_;
};

class MemoryStateStore : public StateStore {
 public:
  StoreDoc read() override { return doc; }
  Status update(const std::function<Status(StoreDoc&)>& change, const std::function<void()>& undo = {}) override;
  Status intend(const StoreDoc&) override;
  StoreDoc doc;
  int writes = 0;
  bool fail_writes = false;  // a full file system
  bool fail_commit = false;  // the intent written, the store not replaced
};

}  // namespace solnet
