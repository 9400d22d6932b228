#include "src/common/safe_file.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <doctest/doctest.h>

#include <fstream>

#include "src/common/file_lock.h"
#include "src/common/temp_dir.h"

using namespace solnet;

namespace src_common_safe_file_test {

// The file `name` in d holding `text`; its path.
std::string put(const fixture::TempDir& d, const std::string& name, const std::string& text) {
  std::ofstream(d.path + "/" + name) << text;
  return d.path + "/" + name;
}

std::string message(const Result<std::optional<std::string>>& r) { return r ? "ok" : r.error().message; }

TEST_CASE("read_regular: contents, nothing when missing, refusals named") {
  fixture::TempDir d;
  CHECK(read_regular(put(d, "a", "hello\n"))->value() == "hello\n");
  CHECK_FALSE(read_regular(d.path + "/missing")->has_value());
  CHECK(message(read_regular(d.path)) == d.path + ": not a regular file");
  REQUIRE(mkfifo((d.path + "/fifo").c_str(), 0644) == 0);
  // a FIFO with no writer would block a blocking open forever
  CHECK(message(read_regular(d.path + "/fifo")) == d.path + "/fifo: not a regular file");
  CHECK(message(read_regular("/dev/zero")) == "/dev/zero: not a regular file");
  CHECK(message(read_regular(put(d, "big", std::string(100, 'x')), 99)) ==
        d.path + "/big: too large (more than 99 bytes)");
  REQUIRE(symlink("a", (d.path + "/link").c_str()) == 0);
  CHECK(read_regular(d.path + "/link")->value() == "hello\n");
  CHECK(message(read_regular(d.path + "/link", kMaxReadSize, true)) == d.path + "/link: is a symbolic link");
  Fd dir(open(d.path.c_str(), O_RDONLY | O_DIRECTORY));
  CHECK(message(read_regular_at(dir.get(), "link", "L")) == "L: is a symbolic link");
  CHECK(read_regular_at(dir.get(), "a", "L")->value() == "hello\n");
}

TEST_CASE("replace_at: a new file by rename, mode whatever the umask, never through a planted link") {
  fixture::TempDir d;
  std::string victim = put(d, "victim", "precious\n");
  Fd dir(open(d.path.c_str(), O_RDONLY | O_DIRECTORY));
  const mode_t old = umask(077);
  REQUIRE(replace_at(dir.get(), "f", "F", "one\n", FileMode{0644, geteuid(), getegid()}));
  umask(old);
  struct stat st{};
  REQUIRE(stat((d.path + "/f").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0644);
  CHECK(read_regular(d.path + "/f")->value() == "one\n");
  // the old fixed names of temp files, planted: not written through
  REQUIRE(symlink(victim.c_str(), (d.path + "/f.tmp").c_str()) == 0);
  REQUIRE(replace_at(dir.get(), "f", "F", "two\n", FileMode{0600, geteuid(), getegid()}));
  CHECK(read_regular(victim)->value() == "precious\n");
  CHECK(read_regular(d.path + "/f")->value() == "two\n");
  REQUIRE(stat((d.path + "/f").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
}

TEST_CASE("TempFile: removed unless committed") {
  fixture::TempDir d;
  Fd dir(open(d.path.c_str(), O_RDONLY | O_DIRECTORY));
  {
    auto t = TempFile::create(dir.get(), "f", "F");
    REQUIRE(t);
    CHECK(t->write("x", FileMode{0644, geteuid(), getegid()}));
  }
  CHECK(system(("test -z \"$(ls -A " + d.path + ")\"").c_str()) == 0);
  // what a killed writer left goes; other files stay
  int left = openat(dir.get(), ".f.tmp.0123", O_CREAT | O_WRONLY, 0600);
  REQUIRE(left >= 0);
  close(left);
  put(d, "g", "");
  remove_temp_files(dir.get(), "f");
  CHECK(system(("test \"$(ls -A " + d.path + ")\" = g").c_str()) == 0);
}

TEST_CASE("open_root_dir: refuses links and directories others can write") {
  fixture::TempDir d;
  if (geteuid() != 0) return;  // ownership checks need root's files
  CHECK(open_root_dir(d.path + "/made", true));
  struct stat st{};
  REQUIRE(stat((d.path + "/made").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0755);
  REQUIRE(chmod((d.path + "/made").c_str(), 01777) == 0);
  CHECK(open_root_dir(d.path + "/made", false).error().message == d.path + "/made: writable by others than root");
  REQUIRE(symlink("made", (d.path + "/link").c_str()) == 0);
  CHECK(open_root_dir(d.path + "/link", false).error().message == d.path + "/link: is a symbolic link");
  CHECK(open_root_dir(put(d, "file", ""), false).error().message == d.path + "/file: not a directory");
  REQUIRE(chmod((d.path + "/made").c_str(), 0755) == 0);
  REQUIRE(chown((d.path + "/made").c_str(), 65534, 65534) == 0);
  CHECK(open_root_dir(d.path + "/made", false).error().message == d.path + "/made: not owned by root");
}

TEST_CASE("lock_exclusive: a 0600 file; a bounded wait naming the holder") {
  fixture::TempDir d;
  Fd dir(open(d.path.c_str(), O_RDONLY | O_DIRECTORY));
  const mode_t old = umask(0);
  auto held = lock_exclusive(dir.get(), "lock", "L");
  umask(old);
  REQUIRE(held);
  struct stat st{};
  REQUIRE(stat((d.path + "/lock").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
  auto again = lock_exclusive(dir.get(), "lock", "L", std::chrono::milliseconds(100));
  REQUIRE_FALSE(again);
  CHECK(again.error().message.find("L: held by process " + std::to_string(getpid())) == 0);
  REQUIRE(symlink("lock", (d.path + "/link").c_str()) == 0);
  // a link in its place is replaced by a real lock, its target untouched
  REQUIRE(symlink("victim", (d.path + "/link2").c_str()) == 0);
  CHECK(lock_exclusive(dir.get(), "link2", "K"));
  CHECK(access((d.path + "/victim").c_str(), F_OK) != 0);
}

}  // namespace src_common_safe_file_test
