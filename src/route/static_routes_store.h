// The static-routes file on disk (SOLNET_STATIC_ROUTES, /etc/inet/
// static_routes by default; `route -R DIR` takes it under DIR, never
// following a link out of DIR). Changes run under an exclusive lock on a
// root-only file of its own beside it ("static_routes.lock") and replace
// the file by rename, keeping its owner and mode, so concurrent `route -p`
// runs never lose a line and a crash never leaves half a file.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "lib/common/result.h"
#include "lib/route/static_file.h"
#include "src/common/file_io.h"

namespace solnet {

class StaticRoutesStore {
 public:
  // `path` absolute; with `root`, that path under the directory root.
  explicit StaticRoutesStore(std::string path, std::optional<std::string> root = std::nullopt);

  // The file as it is; empty when there is none.
  Result<StaticRoutes> read() const;
  // Runs `op` on the file under the lock and writes its result back when
  // it changed anything.
  Result<PersistOutcome> update(const std::function<PersistOutcome(const StaticRoutes&)>& op) const;

  // The file's path as messages give it (root included).
  const std::string& path() const { return label_; }

 private:
  // The file's directory (made with `create`); an fd of -1: it does not
  // exist.
  Result<Fd> open_dir(bool create) const;
  Result<StaticRoutes> read_in(int dir) const;

  std::string path_;
  std::optional<std::string> root_;
  std::string label_;
  std::string dir_, name_;  // path_ split: "/etc/inet", "static_routes"
};

}  // namespace solnet
