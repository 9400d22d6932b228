// The folders' dependency rule, checked on the includes of every file:
// lib/ is pure and never includes src/; within lib/ and within src/ the
// commands stand on common, DHCP is part of ifconfig's language, and route
// uses ifconfig's logical interfaces; nothing includes upwards. Test files
// may use the fakes of any folder.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

namespace tests_layers_test {

namespace {

const std::map<std::string, std::set<std::string>> kMayInclude = {
    {"lib/common", {}},
    {"lib/dhcp", {"lib/common"}},
    {"lib/ifconfig", {"lib/common", "lib/dhcp"}},
    {"lib/route", {"lib/common"}},
    {"lib/arp", {"lib/common"}},
    {"src/common", {"lib/common"}},
    {"src/ifconfig", {"src/common", "lib/common", "lib/dhcp", "lib/ifconfig"}},
    {"src/dhcp", {"src/common", "src/ifconfig", "lib/common", "lib/dhcp", "lib/ifconfig"}},
    {"src/route", {"src/common", "src/ifconfig", "lib/common", "lib/dhcp", "lib/ifconfig", "lib/route"}},
    {"src/arp", {"src/common", "lib/common", "lib/arp"}},
};

bool test_only(const std::string& file) {
  return file.ends_with("_test.cc") || file.ends_with("test_world.h");
}

}  // namespace

TEST_CASE("every include of lib/ and src/ follows the folders' dependency rule") {
  namespace fs = std::filesystem;
  const fs::path root(SOLNET_SOURCE_ROOT);
  const std::regex include(R"re(^\s*#\s*include\s+"((lib|src|cmd)/[a-z_]+)/)re");
  int files = 0;
  for (const auto& [folder, allowed] : kMayInclude) {
    REQUIRE(fs::is_directory(root / folder));
    for (const auto& entry : fs::directory_iterator(root / folder)) {
      const std::string name = entry.path().filename().string();
      if (!name.ends_with(".cc") && !name.ends_with(".h")) continue;
      ++files;
      if (test_only(name)) continue;
      std::ifstream in(entry.path());
      std::string line;
      std::smatch m;
      while (std::getline(in, line)) {
        if (!std::regex_search(line, m, include)) continue;
        const std::string to = m[1];
        const std::string what = folder + "/" + name + " includes " + to;
        CHECK_MESSAGE((to == folder || allowed.count(to)), what);
      }
    }
  }
  CHECK(files > 100);
}

}  // namespace tests_layers_test
