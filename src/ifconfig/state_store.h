// Where the logical-interface store lives: a file under a tmpfs directory,
// replaced atomically and changed only under an exclusive lock.
#pragma once

#include <functional>
#include <string>

#include "lib/common/result.h"
#include "lib/ifconfig/lif_store.h"

namespace solnet {

class StateStore {
 public:
  virtual ~StateStore() = default;
  // The store as last written; empty when there is none. A store that
  // cannot be parsed reads as empty (the kernel is still shown).
  virtual StoreDoc read() = 0;
  // Read, change and write back under the lock. Nothing is written when
  // `change` fails or leaves the document as it was.
  virtual Status update(const std::function<Status(StoreDoc&)>& change) = 0;
};

class FileStateStore : public StateStore {
 public:
  explicit FileStateStore(std::string dir) : dir_(std::move(dir)) {}
  StoreDoc read() override;
  Status update(const std::function<Status(StoreDoc&)>& change) override;

 private:
  std::string path() const { return dir_ + "/state.json"; }
  std::string dir_;
};

class MemoryStateStore : public StateStore {
 public:
  StoreDoc read() override { return doc; }
  Status update(const std::function<Status(StoreDoc&)>& change) override;
  StoreDoc doc;
  int writes = 0;
};

}  // namespace solnet
