#include "src/route/static_routes_store.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "src/route/test_world.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_route_static_routes_store_test {

namespace {

std::string slurp(const std::string& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

PersistOutcome append(const StaticRoutes& f, const std::string& line) {
  PersistOutcome o;
  o.file = f;
  o.file.lines.push_back(line);
  o.changed = true;
  return o;
}

}  // namespace

TEST_CASE("a missing file reads empty; a change creates directories and the file") {
  TempDir d;
  StaticRoutesStore s(d.path + "/etc/inet/static_routes");
  auto empty = s.read();
  REQUIRE(empty);
  CHECK(empty->lines.empty());
  auto o = s.update([](const StaticRoutes& f) { return append(f, "default 10.0.0.1"); });
  REQUIRE(o);
  CHECK(slurp(s.path()) == "default 10.0.0.1\n");
  struct stat st {};
  REQUIRE(stat(s.path().c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0644);
  CHECK(access((s.path() + ".tmp").c_str(), F_OK) != 0);
}

TEST_CASE("an unchanged outcome leaves the file alone") {
  TempDir d;
  StaticRoutesStore s(d.path + "/static_routes");
  auto o = s.update([](const StaticRoutes& f) {
    PersistOutcome p;
    p.file = f;
    return p;
  });
  REQUIRE(o);
  CHECK(access(s.path().c_str(), F_OK) != 0);
}

TEST_CASE("a directory that cannot be made is an error") {
  StaticRoutesStore s("/proc/self/no/such/dir/static_routes");
  auto o = s.update([](const StaticRoutes& f) { return append(f, "x"); });
  REQUIRE_FALSE(o);
  CHECK(o.error().message.find("cannot create /proc/self/no") == 0);
}

}  // namespace src_route_static_routes_store_test
