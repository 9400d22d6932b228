// Every word the completions offer (every keyword and option of every table
// the parsers read) must be documented in its command's manual page as a
// bold term, "*word*" in the scdoc source: a keyword added to a table
// without documentation fails here.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "completions/rows.h"
#include "lib/common/completion_table.h"

using namespace solnet;

namespace man_keywords_test {

namespace {

std::string read_page(const std::string& command) {
  std::ifstream in(std::string(SOLNET_SOURCE_ROOT) + "/man/" + command + ".8.scd");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("every keyword and option of every table is in the manual page") {
  std::istringstream commands(SOLNET_COMMANDS);  // "ifconfig,arp,..."
  int pages = 0;
  for (std::string command; std::getline(commands, command, ',');) {
    ++pages;
    const std::string page = read_page(command);
    REQUIRE_MESSAGE(!page.empty(), "man/" << command << ".8.scd is missing or empty");
    auto rows = completion_rows(command);
    REQUIRE_MESSAGE(rows, command);
    for (const auto& r : *rows) {
      if (r.word == "*") continue;
      CHECK_MESSAGE(page.find("*" + r.word + "*") != std::string::npos,
                    "man/" << command << ".8.scd does not document " << r.word << " (write it as *" << r.word
                           << "*)");
    }
  }
  CHECK(pages >= 2);
}

}  // namespace man_keywords_test
