// For tests of src/: a directory of its own under /tmp, removed with
// everything in it.
#pragma once

#include <stdlib.h>

#include <string>

namespace solnet::fixture {

struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/solnet-test-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() { std::system(("rm -rf '" + path + "'").c_str()); }
};

}  // namespace solnet::fixture
