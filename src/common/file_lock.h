// An exclusive lock that only root can take, waited on for a bounded time.
#pragma once

#include <chrono>
#include <string>

#include "lib/common/result.h"
#include "src/common/file_io.h"

namespace solnet {

inline constexpr std::chrono::milliseconds kLockWait{3000};

// flock(2) on `name` in the directory `dir`: a root-only file (0600,
// created when missing, never through a symbolic link) so that no other
// user can hold it. Held while the returned descriptor lives. After `wait`
// the error names the lock (`label`) and, where /proc/locks tells, its
// holder's pid.
Result<Fd> lock_exclusive(int dir, const std::string& name, const std::string& label,
                          std::chrono::milliseconds wait = kLockWait);

}  // namespace solnet
