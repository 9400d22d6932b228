// The static-routes file on disk (SOLNET_STATIC_ROUTES, /etc/inet/
// static_routes by default; `route -R DIR` puts DIR before it). Changes
// run under an exclusive flock on the file's directory and replace the
// file by rename, so concurrent `route -p` runs never lose a line and a
// crash never leaves half a file.
#pragma once

#include <functional>
#include <string>

#include "lib/common/result.h"
#include "lib/route/static_file.h"

namespace solnet {

class StaticRoutesStore {
 public:
  explicit StaticRoutesStore(std::string path) : path_(std::move(path)) {}

  // The file as it is; empty when there is none.
  Result<StaticRoutes> read() const;
  // Runs `op` on the file under the lock and writes its result back when
  // it changed anything.
  Result<PersistOutcome> update(const std::function<PersistOutcome(const StaticRoutes&)>& op) const;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace solnet
