// Running a helper program (the DHCP client) to completion with its output
// captured, so that its messages become ours instead of going to the
// terminal.
#pragma once

#include <string>
#include <vector>

#include "lib/common/result.h"

namespace solnet {

struct ProgramRun {
  int exit_status = 0;  // the exit code, or 128 + signal
  std::string output;   // stdout and stderr, interleaved
};

// Runs argv[0] (a path) with stdin from /dev/null and waits for it. Errors
// are about running it at all (not found, not executable) and carry the
// Solaris system-error exit code (6).
Result<ProgramRun> run_program(const std::vector<std::string>& argv);

// The last non-empty line of a program's output, for error messages.
std::string last_line(const std::string& output);

}  // namespace solnet
