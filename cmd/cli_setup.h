// The leading options of a command line, read with CLI11 from the command's
// option table (lib/*/options.cc), so that --help, the completions and the
// parser see the same spellings. The mains see only the values: CLI11 is
// compiled in cli_setup.cc alone.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "lib/common/cli_options.h"
#include "lib/common/output.h"
#include "cmd/stdout_sink.h"

struct CliValues {
  std::map<solnet::CliOpt, int> given;                       // how often each option came
  std::map<solnet::CliOpt, std::vector<std::string>> args;   // the arguments of those taking one
  std::vector<std::string> words;                            // everything after the options

  bool has(solnet::CliOpt id) const { return given.count(id) != 0; }
  int count(solnet::CliOpt id) const { return has(id) ? given.at(id) : 0; }
};

// Reads the options before the first word that is not one of the table's.
// Returns the values, or the exit status when nothing more is to be done:
// --version printed the version (0), or an error was printed as
// "PROG: ..." (1).
std::variant<CliValues, int> read_leading_options(const char* prog, std::span<const solnet::CliOption> table,
                                                  const std::string& version, int argc, char** argv);

// Writes `o`: its text on stdout, after what `streamed` still holds of a
// display written as it was rendered, each error as "PROG: ERROR" on
// stderr, then its notes.
// Returns its status, or 1 when stdout could not be written.
int emit(const char* prog, const solnet::Output& o, StdoutSink* streamed = nullptr);

// A command's main: runs `run`, and an exception escaping it (out of
// memory, say) becomes one "prog: ..." line and exit 1.
int guarded_main(const char* prog, int (*run)(int, char**), int argc, char** argv);
