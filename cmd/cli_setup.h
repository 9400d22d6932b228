// Registers a command's CLI11 options from its table (lib/cli_options.h),
// so that --help, the completions and the parser see the same spellings.
#pragma once

#include <CLI/CLI.hpp>
#include <span>
#include <string>

#include "cli_options.h"

struct CliValues {
  bool json = false;
  bool help = false;
  bool net_tools = false;
};

// --version prints `version` and exits 0; --help only sets values.help (the
// command prints its own usage text, written from its keyword tables).
void add_cli_options(CLI::App& app, std::span<const solnet::CliOption> table, CliValues& values,
                     const std::string& version);

// A command's main: runs `run`, and an exception escaping it (out of
// memory, say) becomes one "prog: ..." line and exit 1.
int guarded_main(const char* prog, int (*run)(int, char**), int argc, char** argv);
