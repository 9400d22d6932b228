// Where the logical-interface store lives: one file per network namespace
// in a root-owned directory under a tmpfs, replaced atomically and changed
// only under an exclusive root-only lock.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "lib/common/result.h"
#include "lib/ifconfig/journal.h"
#include "lib/ifconfig/lif_store.h"
#include "src/common/netns.h"
#include "src/common/safe_file.h"

namespace solnet {

// Completes a change that a killed writer recorded (lib/ifconfig/journal.h).
class JournalReplayer {
 public:
  struct Outcome {
    StoreDoc store;   // what the store holds afterwards
    bool completed = false;  // false: undone, the kernel refusing a step now
    std::vector<std::string> problems;  // one line each, for warnings
  };
  virtual ~JournalReplayer() = default;
  // `now`: the store as it is, which an undone change leaves.
  virtual Outcome replay(const ChangeJournal& j, const StoreDoc& now) = 0;
};

class StateStore {
 public:
  virtual ~StateStore() = default;
  // The store as last written; empty when there is none. A store that
  // cannot be read reads as empty, with a warning (the kernel is shown).
  // Run by root, it first completes a change a killed writer left.
  virtual StoreDoc read() = 0;
  // Read, change and write back under the lock. Nothing is written when
  // `change` fails or leaves the document as it was. When the write fails
  // after `change` succeeded, `undo` takes back what `change` did outside
  // the document (the kernel).
  virtual Status update(const std::function<Status(StoreDoc&)>& change, const std::function<void()>& undo = {}) = 0;
  // Called by `change` once it knows the document and its kernel
  // operations, before the first of them, and again as it notes routes:
  // records the change (its journal) and writes the new store aside (not
  // yet in place), so that a store that cannot be written stops the command
  // with nothing changed, and a writer killed half-way leaves what the next
  // run needs to complete the change.
  virtual Status intend(const ChangeJournal& j) = 0;
};

class FileStateStore : public StateStore {
 public:
  // Without a replayer, one on the system's kernel is made when needed.
  explicit FileStateStore(std::string dir, NetnsId ns = current_netns(), JournalReplayer* replayer = nullptr);
  StoreDoc read() override;
  Status update(const std::function<Status(StoreDoc&)>& change, const std::function<void()>& undo = {}) override;
  Status intend(const ChangeJournal& j) override;
  // The store's file, its lock and a change's journal, in dir:
  // "net.DEV.INO.json", ".lock", ".journal".
  std::string file_name() const { return base_ + ".json"; }
  std::string lock_name() const { return base_ + ".lock"; }
  std::string journal_name() const { return base_ + ".journal"; }

 private:
  std::string label(const std::string& name) const { return dir_ + "/" + name; }
  Result<StoreDoc> load(int dir, bool writer);
  Status recover(int dir);
  Status write_pending(const StoreDoc& doc);
  Status move_aside(int dir, const std::string& name, const std::string& why);
  void warn(const std::string& message);

  std::string dir_;
  NetnsId ns_;
  std::string base_;
  JournalReplayer* replayer_;
  std::set<std::string> warned_;  // each warning once per run
  // While update runs: the directory, the new store's file aside, what
  // intend wrote there, and whether a journal is written.
  int dir_fd_ = -1;
  std::optional<TempFile> pending_;
  std::optional<StoreDoc> intended_;
  bool journaled_ = false;
};

class MemoryStateStore : public StateStore {
 public:
  StoreDoc read() override { return doc; }
  Status update(const std::function<Status(StoreDoc&)>& change, const std::function<void()>& undo = {}) override;
  Status intend(const ChangeJournal& j) override;
  StoreDoc doc;
  int writes = 0;
  bool fail_writes = false;  // a full file system
  bool fail_commit = false;  // the intent written, the store not replaced
  std::optional<ChangeJournal> journal;  // the last one intend recorded
};

}  // namespace solnet
