// The unit tests are compiled as a unity build: several *_test.cc share one
// translation unit, so two files' helpers of the same name would collide, or
// worse, one would silently call the other's. Each test file therefore keeps
// everything after its includes in a namespace named after its path.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace tests_unity_test {

TEST_CASE("every test file's body is in the namespace named after its path") {
  namespace fs = std::filesystem;
  const fs::path root(SOLNET_SOURCE_ROOT);
  int files = 0;
  for (const char* top : {"lib", "src", "cmd", "completions", "man", "tests"}) {
    if (!fs::is_directory(root / top)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(root / top)) {
      const std::string rel = fs::relative(entry.path(), root).string();
      if (!rel.ends_with("_test.cc")) continue;
      ++files;
      std::string ns = rel.substr(0, rel.size() - 3);
      for (char& c : ns)
        if (c == '/' || c == '.') c = '_';
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      const std::string body = text.str();
      CHECK_MESSAGE(body.find("\nnamespace " + ns + " {\n") != std::string::npos,
                    (rel + " lacks `namespace " + ns + " {`"));
      CHECK_MESSAGE(body.ends_with("}  // namespace " + ns + "\n"),
                    (rel + " does not end with its namespace " + ns));
    }
  }
  CHECK(files > 80);
}

}  // namespace tests_unity_test
