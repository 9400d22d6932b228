#include "cli_setup.h"

#include <cstdio>
#include <exception>

void add_cli_options(CLI::App& app, std::span<const solnet::CliOption> table, CliValues& values,
                     const std::string& version) {
  using solnet::CliOpt;
  app.set_help_flag();
  for (const auto& o : table) {
    const std::string flags(o.flags), help(o.info.help);
    switch (o.id) {
      case CliOpt::json: app.add_flag(flags, values.json, help); break;
      case CliOpt::help: app.add_flag(flags, values.help, help); break;
      case CliOpt::net_tools: app.add_flag(flags, values.net_tools, help); break;
      case CliOpt::version: app.set_version_flag(flags, version, help); break;
      // route's own: cmd/route.cc registers its whole table itself.
      case CliOpt::numeric:
      case CliOpt::symbolic:
      case CliOpt::verbose:
      case CliOpt::extend:
      case CliOpt::protocol:
      case CliOpt::inet:
      case CliOpt::inet6:
      case CliOpt::fib:
      case CliOpt::cache:
      case CliOpt::flush:
      case CliOpt::persistent:
      case CliOpt::quiet:
      case CliOpt::root: break;
    }
  }
}

int guarded_main(const char* prog, int (*run)(int, char**), int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", prog, e.what());
    return 1;
  }
}
