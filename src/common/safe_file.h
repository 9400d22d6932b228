// Files the tools read and write, opened so that what another user or a
// mistake planted cannot stall them (a FIFO), exhaust them (/dev/zero, a
// huge file) or redirect their writes (a symbolic link).
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <optional>
#include <string>

#include "lib/common/result.h"
#include "src/common/file_io.h"

namespace solnet {

// Far more than any file the tools read holds, far less than memory.
inline constexpr std::size_t kMaxReadSize = std::size_t{16} << 20;

// The whole of a regular file of at most `limit` bytes; nullopt when it
// does not exist. Opened non-blocking, so a FIFO is refused, not waited on.
// Errors name the path: "not a regular file", "too large", "is a symbolic
// link" (with nofollow), or the system's reason.
Result<std::optional<std::string>> read_regular(const std::string& path, std::size_t limit = kMaxReadSize,
                                                bool nofollow = false);
// The same for `name` in the directory `dir`, never through a symbolic
// link; `label` is the path the messages give.
Result<std::optional<std::string>> read_regular_at(int dir, const std::string& name, const std::string& label,
                                                   std::size_t limit = kMaxReadSize);

// Mode and owner a written file gets, whatever the umask.
struct FileMode {
  mode_t mode = 0644;
  uid_t uid = 0;
  gid_t gid = 0;
};

// A new file beside `name` in `dir` (random name, O_EXCL|O_NOFOLLOW), that
// becomes `name` by rename on commit and is removed when not committed.
class TempFile {
 public:
  static Result<TempFile> create(int dir, const std::string& name, const std::string& label);
  TempFile(TempFile&&) noexcept;
  TempFile& operator=(TempFile&&) = delete;
  ~TempFile();
  Status write(const std::string& text, const FileMode& mode);
  Status commit();

 private:
  TempFile(int dir, std::string name, std::string tmp, std::string label, Fd fd);
  int dir_;
  std::string name_, tmp_, label_;
  Fd fd_;
  bool done_ = false;
};

// Removes the temp files TempFile left for `name` in `dir` (a writer
// killed before its rename). Only under the lock that every writer of
// `name` holds while its temp file exists.
void remove_temp_files(int dir, const std::string& name);

// dir/name replaced whole by `text`: written aside, then renamed.
Status replace_at(int dir, const std::string& name, const std::string& label, const std::string& text,
                  const FileMode& mode);

// The directory at `path`, checked to be one root alone can change: a real
// directory (not a link), owned by root, not writable by group or others.
// With `create` a missing one is made, mode 0755 whatever the umask.
Result<Fd> open_root_dir(const std::string& path, bool create);

}  // namespace solnet
