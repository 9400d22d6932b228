#include "src/dhcp/exec.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/dhcp/args.h"
#include "src/common/file_io.h"

extern char** environ;

namespace solnet {

namespace {

std::string read_all(int fd) {
  std::string out;
  char buf[4096];
  lseek(fd, 0, SEEK_SET);
  for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
  return out;
}

Error system_error(const std::string& what, int errnum) {
  return error(what + ": " + strerror(errnum), kDhcpExitSystem);
}

}  // namespace

Result<ProgramRun> run_program(const std::vector<std::string>& argv) {
  // A memory file rather than a pipe: the client daemonises, and its
  // background half may keep a pipe open long after the foreground half
  // has exited.
  Fd out(memfd_create("solnet-dhcp-output", MFD_CLOEXEC));
  if (out.get() < 0) return system_error("memfd_create", errno);

  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, out.get(), 1);
  posix_spawn_file_actions_adddup2(&fa, out.get(), 2);

  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, args[0], &fa, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) return system_error(argv[0], rc);

  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return system_error("waitpid", errno);
  ProgramRun r;
  r.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.output = read_all(out.get());
  return r;
}

std::string last_line(const std::string& output) {
  std::size_t end = output.find_last_not_of("\n ");
  if (end == std::string::npos) return "";
  std::size_t nl = output.rfind('\n', end);
  std::size_t start = nl == std::string::npos ? 0 : nl + 1;
  return output.substr(start, end + 1 - start);
}

}  // namespace solnet
