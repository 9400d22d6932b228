#include "cmd/stdout_sink.h"

#include <cstdio>

#include "lib/common/escape.h"

void StdoutSink::write(std::string_view s) {
  if (json_ || solnet::is_terminal_safe(s)) {
    ok_ = std::fwrite(s.data(), 1, s.size(), stdout) == s.size() && ok_;
  } else {
    const std::string safe = solnet::terminal_safe(s);
    ok_ = std::fwrite(safe.data(), 1, safe.size(), stdout) == safe.size() && ok_;
  }
}
