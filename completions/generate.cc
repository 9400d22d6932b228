// Build-time generator: writes one shell's completion script for one
// command, the template with @COMMAND@ and @TABLE@ filled in from the
// keyword tables (lib/completion_table.h); @TABLE_QUOTED@ is the table with
// \ and ' escaped for a single-quoted fish string.
//   generate COMMAND TEMPLATE OUTPUT
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "completions/rows.h"
#include "lib/common/completion_table.h"

namespace {

using namespace solnet;

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}

int fail(const std::string& message) {
  std::fprintf(stderr, "generate: %s\n", message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) return fail("usage: generate COMMAND TEMPLATE OUTPUT");
  const std::string command = argv[1];
  auto rows = completion_rows(command);
  if (!rows) return fail(rows.error().message);
  auto table = completion_table_text(*rows);
  if (!table) return fail(table.error().message);

  std::ifstream in(argv[2]);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) return fail(std::string(argv[2]) + ": cannot read");
  std::string script = text.str();
  replace_all(script, "@COMMAND@", command);
  std::string quoted = *table;
  replace_all(quoted, "\\", "\\\\");
  replace_all(quoted, "'", "\\'");
  replace_all(script, "@TABLE_QUOTED@", quoted);
  replace_all(script, "@TABLE@", *table);

  std::ofstream out(argv[3], std::ios::trunc);
  out << script;
  out.close();
  if (!out) return fail(std::string(argv[3]) + ": cannot write");
  return 0;
}
