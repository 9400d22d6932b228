#include "src/dhcp/dhcpcd.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <charconv>

#include "lib/common/escape.h"
#include "lib/dhcp/args.h"
#include "src/common/file_io.h"
#include "src/common/safe_file.h"
#include "src/dhcp/exec.h"

namespace solnet {

namespace {

// "-4 IF" and "IF" are different dhcpcd instances: every command names the
// family the same way.
constexpr const char* kFamily = "-4";
constexpr std::string_view kPidSuffix = "-4.pid";

Error failure(const std::string& link, const std::string& what) {
  return error(printable(link) + ": " + what, kDhcpExitFailure);
}

std::optional<timespec> mtime(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return std::nullopt;
  return st.st_mtim;
}

bool not_before(const timespec& a, const timespec& b) {
  return a.tv_sec != b.tv_sec ? a.tv_sec > b.tv_sec : a.tv_nsec >= b.tv_nsec;
}

LeaseStamp to_stamp(const timespec& t) {
  return LeaseStamp(std::chrono::duration_cast<LeaseStamp::duration>(std::chrono::seconds(t.tv_sec) +
                                                                     std::chrono::nanoseconds(t.tv_nsec)));
}

void nap_ms(long ms) {
  timespec ts{ms / 1000, (ms % 1000) * 1000000};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
}

bool has_line(const std::string& output, std::string_view line) {
  std::string_view rest = output;
  while (!rest.empty()) {
    const auto nl = rest.find('\n');
    if (rest.substr(0, nl) == line) return true;
    if (nl == std::string_view::npos) break;
    rest.remove_prefix(nl + 1);
  }
  return false;
}

// dhcpcd holds an exclusive flock on its pid file while it runs, so a pid
// file left behind by a killed client does not count, nor does a reused pid.
bool locked(const std::string& path) {
  Fd fd(open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  return fd.get() >= 0 && flock(fd.get(), LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
}

std::optional<pid_t> read_pid(const std::string& path) {
  auto text = read_regular(path, 32);
  if (!text || !*text) return std::nullopt;
  std::string_view s(**text);
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.remove_suffix(1);
  pid_t pid = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), pid);
  if (ec != std::errc() || p != s.data() + s.size() || pid <= 1) return std::nullopt;
  return pid;
}

}  // namespace

std::string DhcpcdClient::pid_file(const std::string& link) const {
  return paths_.rundir + "/" + link + std::string(kPidSuffix);
}

std::string DhcpcdClient::lease_file(const std::string& link) const {
  return paths_.dbdir + "/" + link + ".lease";
}

std::set<std::string> DhcpcdClient::running_links() {
  std::set<std::string> out;
  DIR* d = opendir(paths_.rundir.c_str());
  if (!d) return out;
  while (const dirent* e = readdir(d)) {
    std::string_view name = e->d_name;
    if (name.size() <= kPidSuffix.size() || !name.ends_with(kPidSuffix)) continue;
    std::string link(name.substr(0, name.size() - kPidSuffix.size()));
    if (locked(pid_file(link))) out.insert(std::move(link));
  }
  closedir(d);
  return out;
}

bool DhcpcdClient::running(const std::string& link) { return locked(pid_file(link)); }

std::optional<LeaseStamp> DhcpcdClient::lease_written(const std::string& link) {
  // A lease file older than the running client is one it has not (yet)
  // confirmed: dhcpcd removes the file when a lease expires or is refused,
  // and rewrites it on every acknowledgement.
  auto started = mtime(pid_file(link));
  auto written = mtime(lease_file(link));
  if (!started || !written || !not_before(*written, *started)) return std::nullopt;
  return to_stamp(*written);
}

Result<DhcpLease> DhcpcdClient::lease(const std::string& link) {
  // dhcpcd 9.4.1 answers a dump request about an interface without a lease
  // with zero records and then refuses every later control-socket request
  // until it restarts; callers ask only after lease_written() found one.
  auto run = run_program({paths_.program, kFamily, "-U", "--", link});
  if (!run) return run.error();
  if (run->exit_status != 0) return failure(link, "dhcpcd: " + last_line(run->output));
  auto l = parse_dhcpcd_dump(run->output);
  if (!l) return failure(link, l.error().message);
  return l;
}

Status DhcpcdClient::start(const std::string& link, DhcpMode mode) { return launch_background(link, mode, {}); }

// dhcpcd -s: "sends a DHCP INFORM instead of DISCOVER/REQUEST. This does
// not get a lease as such"; it keeps running, holding the reply. It writes
// no lease file to poll, so a wait is dhcpcd's own: -w keeps it in the
// foreground until the reply is applied, -t bounds that, and when the time
// runs out (it exits, "timed out") it starts again in the background, to
// go on trying as dhcpagent does.
Result<bool> DhcpcdClient::inform(const std::string& link, DhcpMode mode, const std::string& address,
                                  const DhcpWait& wait) {
  if (!wait.waits()) {
    if (auto st = launch_background(link, mode, {"-s", address}); !st) return st.error();
    return true;
  }
  auto run = launch(link, mode, {"-w", "-t", std::to_string(wait.forever ? 0 : wait.seconds), "-s", address});
  if (!run) return run.error();
  if (run->exit_status == 0) return true;
  // Its privilege-separation helpers may print after it and outlive it a
  // moment, holding the pid file.
  if (!has_line(run->output, "timed out")) return failure(link, "dhcpcd: " + last_line(run->output));
  constexpr long kPollMs = 50, kLimitMs = 5000;
  for (long waited = 0; running(link) && waited < kLimitMs; waited += kPollMs) nap_ms(kPollMs);
  if (auto st = launch_background(link, mode, {"-s", address}); !st) return st.error();
  return false;
}

Status DhcpcdClient::launch_background(const std::string& link, DhcpMode mode, const std::vector<std::string>& extra) {
  // -b: background at once (ifconfig does its own waiting); -t 0: never
  // give up, as dhcpagent does not.
  std::vector<std::string> opts{"-b", "-t", "0"};
  opts.insert(opts.end(), extra.begin(), extra.end());
  auto run = launch(link, mode, opts);
  if (!run) return run.error();
  if (run->exit_status != 0) return failure(link, "dhcpcd: " + last_line(run->output));
  return {};
}

Result<ProgramRun> DhcpcdClient::launch(const std::string& link, DhcpMode mode,
                                        const std::vector<std::string>& extra) {
  // -L: no IPv4 link-local fallback, which Solaris DHCP never configures;
  // -p: keep the configuration when told to exit, which is what "drop"
  // means.
  std::vector<std::string> argv{paths_.program, kFamily, "-L", "-p"};
  argv.insert(argv.end(), extra.begin(), extra.end());
  if (mode == DhcpMode::secondary) {
    // Without these options the resolv.conf hook removes what this
    // interface contributed, instead of merely not writing it.
    for (const char* opt : {"domain_name_servers", "domain_name", "domain_search", "host_name"}) {
      argv.push_back("--nooption");
      argv.push_back(opt);
    }
    argv.push_back("--nogateway");
  }
  argv.push_back("--");
  argv.push_back(link);
  return run_program(argv);
}

Status DhcpcdClient::renew(const std::string& link) {
  auto pid = read_pid(pid_file(link));
  if (!pid || !running(link)) return failure(link, "interface is not under DHCP control");
  if (kill(*pid, SIGUSR1) != 0) return failure(link, strerror(errno));
  return {};
}

// dhcpcd's own -k and -x send SIGALRM and SIGTERM once and give up after
// ten seconds; dhcpcd 9.4.1 ignores those signals for up to two seconds
// after a renewal (measured), so they are repeated until it has gone.
Status DhcpcdClient::signal_until_gone(const std::string& link, int sig) {
  auto pid = read_pid(pid_file(link));
  if (!pid || !running(link)) return failure(link, "interface is not under DHCP control");
  constexpr long kPollMs = 50, kResendMs = 500, kLimitMs = 10000;
  for (long waited = 0; waited < kLimitMs; waited += kPollMs) {
    if (waited % kResendMs == 0 && kill(*pid, sig) != 0 && errno != ESRCH)
      return failure(link, strerror(errno));
    nap_ms(kPollMs);
    if (!running(link)) return {};
  }
  return failure(link, "dhcpcd (pid " + std::to_string(*pid) + ") did not stop");
}

Status DhcpcdClient::release(const std::string& link) { return signal_until_gone(link, SIGALRM); }

Status DhcpcdClient::stop(const std::string& link) { return signal_until_gone(link, SIGTERM); }

}  // namespace solnet
