// What a command prints and the status it exits with, as its presenter
// (lib/*/present.h) makes it from the model src/ returned. The main writes
// `out` to stdout and each error as "PROG: ERROR" on stderr, all of it
// terminal_safe() but JSON, whose own escapes already keep it one line.
#pragma once

#include <string>
#include <vector>

#include "lib/common/result.h"

namespace solnet {

struct Output {
  std::string out{};
  std::vector<std::string> errors{};  // one line each, without the program's name
  int status = 0;
  // stderr lines printed as they are, after the errors: illumos prints the
  // static-routes file's refusals without the program's name.
  std::vector<std::string> notes{};
  bool json = false;  // `out` is JSON (it may follow text lines of the same run)

  // `o` after this; its status wins when it is a failure.
  void append(Output o) {
    out += o.out;
    for (auto& e : o.errors) errors.push_back(std::move(e));
    for (auto& n : o.notes) notes.push_back(std::move(n));
    json = json || o.json;
    if (o.status) status = o.status;
  }
};

inline Output error_output(const Error& e) { return Output{.errors = {e.message}, .status = e.exit_code}; }

}  // namespace solnet
