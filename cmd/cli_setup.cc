#include "cmd/cli_setup.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "lib/common/escape.h"

std::variant<CliValues, int> read_leading_options(const char* prog, std::span<const solnet::CliOption> table,
                                                  const std::string& version, int argc, char** argv) {
  using solnet::Arg;
  using solnet::CliOpt;
  CLI::App app;
  app.prefix_command();
  app.set_help_flag();  // each command prints its own usage, written from its tables
  CliValues v;
  for (const auto& o : table) {
    const std::string flags(o.flags), help(o.info.help);
    if (o.id == CliOpt::version) {
      app.set_version_flag(flags, version, help);
    } else if (o.info.arg == Arg::required) {
      app.add_option_function<std::vector<std::string>>(
             flags,
             [&v, id = o.id](const std::vector<std::string>& args) {
               v.given[id] += static_cast<int>(args.size());
               v.args[id].insert(v.args[id].end(), args.begin(), args.end());
             },
             help)
          ->expected(1)
          ->allow_extra_args(false);
    } else {
      app.add_flag_function(flags, [&v, id = o.id](std::int64_t n) { v.given[id] += static_cast<int>(n); }, help);
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "%s: %s\n", prog, solnet::terminal_safe(e.what()).c_str());
    return 1;
  }
  v.words = app.remaining();
  return v;
}

int emit(const char* prog, const solnet::Output& o, StdoutSink* streamed) {
  using solnet::terminal_safe;
  StdoutSink sink(o.json);
  if (streamed) streamed->pass_on();
  sink.write(o.out);
  for (const auto& e : o.errors) std::fprintf(stderr, "%s: %s\n", prog, terminal_safe(e).c_str());
  for (const auto& n : o.notes) std::fprintf(stderr, "%s\n", terminal_safe(n).c_str());
  const bool written = sink.ok() && (!streamed || streamed->ok());
  return std::fflush(stdout) == 0 && written ? o.status : 1;
}

int guarded_main(const char* prog, int (*run)(int, char**), int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", prog, solnet::terminal_safe(e.what()).c_str());
    return 1;
  }
}
