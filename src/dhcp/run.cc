#include "src/dhcp/run.h"

#include <net/if.h>
#include <sys/socket.h>

#include "lib/common/escape.h"

namespace solnet {

namespace {

using namespace std::chrono_literals;

constexpr auto kPoll = 50ms;
constexpr auto kResend = 1s;

// The illumos messages (dhcp_ipc_strerror) for the same situations.
constexpr const char* kNotUnderDhcp = "interface is not under DHCP control";
constexpr const char* kOutOfState = "interface not in appropriate state for command";
constexpr const char* kRunning = "DHCP is already running";
constexpr const char* kTimedOut = "wait timed out, operation still pending...";

class Runner {
 public:
  Runner(DhcpEnv& env, const DhcpRequest& req, Link link) : env_(env), req_(req), link_(std::move(link)) {}

  // Adds to `out` what the operation shows.
  Status run(DhcpOutcome& out) {
    switch (req_.op) {
      case DhcpOp::start: return start();
      case DhcpOp::drop: return drop();
      case DhcpOp::extend: return extend();
      case DhcpOp::inform: return inform();
      case DhcpOp::release: return release();
      case DhcpOp::ping: return controlled();
      case DhcpOp::status: return status(out);
    }
    return {};
  }

 private:
  const std::string& name() const { return link_.name; }

  Error fail(const std::string& what, int code = kDhcpExitFailure) const {
    return error(printable(name()) + ": " + what, code);
  }

  Status controlled() {
    if (!env_.client.running(name())) return fail(kNotUnderDhcp);
    return {};
  }

  bool is_primary() { return env_.primary.get() == name(); }

  // The link comes up before the client starts, so that the client finds
  // it up and leaves its flags to the admin; a client that cannot start
  // takes both changes back.
  Status start() {
    if (env_.client.running(name())) return fail(kRunning);
    auto other = running_primary();
    const bool primary = req_.primary || !other;
    auto unplumbed = plumb(false);
    if (!unplumbed) return unplumbed.error();
    const bool was_down = !(link_.flags & IFF_UP);
    if (was_down)
      if (auto st = env_.links.set_up(link_, true); !st) return st;
    if (auto st = env_.client.start(name(), primary ? DhcpMode::primary : DhcpMode::secondary); !st) {
      if (was_down) (void)env_.links.set_up(link_, false);
      if (*unplumbed) (void)plumb(true);
      return st;
    }
    if (primary && other)
      if (auto st = demote(*other); !st) return st;
    if (primary)
      if (auto st = env_.primary.set(name()); !st) return st;
    return wait_bound();
  }

  // illumos: "Obtain network configuration parameters from DHCP without
  // obtaining a lease on IP addresses": the client informs the server of
  // the physical interface's address and stays, holding the reply, as
  // dhcpagent keeps an INFORM interface under its control.
  Status inform() {
    if (env_.client.running(name())) return fail(kRunning);
    auto address = own_address();
    if (!address) return address.error();
    auto other = running_primary();
    const bool primary = req_.primary || !other;
    auto answered = env_.client.inform(name(), primary ? DhcpMode::primary : DhcpMode::secondary, *address, req_.wait);
    if (!answered) return answered.error();
    if (primary && other)
      if (auto st = demote(*other); !st) return st;
    if (primary)
      if (auto st = env_.primary.set(name()); !st) return st;
    if (!*answered) return fail(kTimedOut, kDhcpExitTimeout);
    return {};
  }

  // "ADDR/LEN" of the physical interface: the first IPv4 address labelled
  // with the link's name, else the first one.
  Result<std::string> own_address() {
    auto addrs = env_.kernel.addrs(AF_INET, link_.index);
    if (!addrs) return error(addrs.error().message, kDhcpExitSystem);
    const Addr* pick = nullptr;
    for (const auto& a : *addrs)
      if (!pick || (a.label == name() && pick->label != name())) pick = &a;
    if (!pick) return fail("no IPv4 address to inform the DHCP server of");
    return pick->local.str() + "/" + std::to_string(pick->prefixlen);
  }

  Status drop() {
    if (auto st = controlled(); !st) return st;
    if (auto st = env_.client.stop(name()); !st) return st;
    return forget_primary();
  }

  Status release() {
    if (auto st = controlled(); !st) return st;
    if (!env_.client.lease_written(name())) return fail(kOutOfState);
    if (auto st = env_.client.release(name()); !st) return st;
    if (auto st = env_.links.set_up(link_, false); !st) return st;
    return forget_primary();
  }

  Status extend() {
    if (auto st = controlled(); !st) return st;
    auto before = env_.client.lease_written(name());
    if (!before) return fail(kOutOfState);
    if (req_.primary && !is_primary()) {
      // A client's mode is fixed when it starts: the new primary restarts,
      // which also makes it confirm its lease with the server.
      if (auto other = running_primary())
        if (auto st = demote(*other); !st) return st;
      if (auto st = restart(name(), DhcpMode::primary); !st) return st;
      if (auto st = env_.primary.set(name()); !st) return st;
    } else if (auto st = env_.client.renew(name()); !st) {
      return st;
    }
    return wait_renewed(*before);
  }

  Status status(DhcpOutcome& out) {
    if (auto st = controlled(); !st) return st;
    std::optional<DhcpLease> lease;
    std::time_t began = 0;
    if (auto stamp = env_.client.lease_written(name())) {
      auto l = env_.client.lease(name());
      if (!l) return l.error();
      lease = std::move(*l);
      began = std::chrono::system_clock::to_time_t(*stamp);
    }
    out.statuses.push_back(dhcp_status(name(), lease ? &*lease : nullptr, began, env_.clock.wall(), is_primary()));
    return {};
  }

  // Linux has nothing to plumb beyond the link itself; an inet stack
  // unplumbed with "ifconfig IF unplumb" is plumbed again (and unplumbed
  // when a start is taken back). The result: whether it was unplumbed.
  Result<bool> plumb(bool unplumbed) {
    bool was = false;
    auto st = env_.store.update([&](StoreDoc& doc) -> Status {
      StoredLink* s = unplumbed ? &doc.get(link_.index, link_.name) : doc.find(link_.index, link_.name);
      if (s) {
        was = s->inet_unplumbed;
        s->inet_unplumbed = unplumbed;
      }
      return {};
    });
    if (!st) return error(st.error().message, kDhcpExitSystem);
    return was;
  }

  // The recorded primary, when its client still runs and it is not us.
  std::optional<std::string> running_primary() {
    auto p = env_.primary.get();
    if (!p || *p == name() || !env_.client.running(*p)) return std::nullopt;
    return p;
  }

  Status restart(const std::string& link, DhcpMode mode) {
    if (auto st = env_.client.stop(link); !st) return st;
    return env_.client.start(link, mode);
  }

  // The client keeps the address when it stops; its default route must go
  // by hand, its DNS entries go when its secondary successor binds.
  Status demote(const std::string& other) {
    auto l = env_.kernel.link(other);
    if (!l) return error(l.error().message, kDhcpExitSystem);
    if (auto st = env_.client.stop(other); !st) return st;
    if (*l)
      if (auto st = env_.links.remove_dhcp_default_routes(**l); !st) return st;
    return env_.client.start(other, DhcpMode::secondary);
  }

  Status forget_primary() {
    if (!is_primary()) return {};
    return env_.primary.set(std::nullopt);
  }

  bool expired(std::chrono::steady_clock::time_point t0) {
    return !req_.wait.forever && env_.clock.monotonic() - t0 >= std::chrono::seconds(req_.wait.seconds);
  }

  // Until the client holds a lease and its address is on the link, as
  // dhcpagent answers a waiting start once the interface is configured.
  Status wait_bound() {
    if (!req_.wait.waits()) return {};
    const auto t0 = env_.clock.monotonic();
    std::optional<InetAddr> address;
    for (;;) {
      if (!env_.client.running(name())) return fail("the DHCP client has exited");
      if (!address && env_.client.lease_written(name())) {
        auto l = env_.client.lease(name());
        if (!l) return l.error();
        address = l->address;
      }
      if (address) {
        auto addrs = env_.kernel.addrs(AF_INET, link_.index);
        if (!addrs) return error(addrs.error().message, kDhcpExitSystem);
        for (const auto& a : *addrs)
          if (a.local == *address) return {};
      }
      if (expired(t0)) return fail(kTimedOut, kDhcpExitTimeout);
      env_.clock.sleep(kPoll);
    }
  }

  // Until the client has written a newer lease. dhcpcd 9.4.1 ignores the
  // renewal signal for up to two seconds after a renewal (an extend right
  // after another): a client that has not renewed after kResend is asked
  // again, so that the wait ends with the renewal, not a timeout.
  Status wait_renewed(LeaseStamp before) {
    if (!req_.wait.waits()) return {};
    const auto t0 = env_.clock.monotonic();
    auto asked = t0;
    for (;;) {
      if (!env_.client.running(name())) return fail("the DHCP client has exited");
      if (auto now = env_.client.lease_written(name()); now && *now > before) return {};
      if (expired(t0)) return fail(kTimedOut, kDhcpExitTimeout);
      if (env_.clock.monotonic() - asked >= kResend) {
        if (auto st = env_.client.renew(name()); !st) return st;
        asked = env_.clock.monotonic();
      }
      env_.clock.sleep(kPoll);
    }
  }

  DhcpEnv& env_;
  const DhcpRequest& req_;
  Link link_;
};

bool needs_privilege(DhcpOp op) { return op != DhcpOp::ping && op != DhcpOp::status; }

// The status of every interface under DHCP, one table each, as illumos
// prints it running the words once per interface.
Result<DhcpOutcome> status_of_all(DhcpEnv& env, const DhcpRequest& req) {
  DhcpOutcome out;
  for (const std::string& name : env.client.running_links()) {
    auto link = env.kernel.link(name);
    if (!link) return error(link.error().message, kDhcpExitSystem);
    if (!*link) continue;  // gone since its pid file was read
    if (auto st = Runner(env, req, std::move(**link)).run(out); !st) return st.error();
  }
  return out;
}

}  // namespace

Result<DhcpOutcome> run_dhcp(const DhcpCommand& cmd, DhcpEnv& env) {
  if (!cmd.ifname) return status_of_all(env, cmd.req);
  const std::string& phys = *cmd.ifname;
  if (needs_privilege(cmd.req.op) && !env.privileged)
    return error(printable(phys) + ": permission denied", kDhcpExitFailure);
  auto link = env.kernel.link(phys);
  if (!link) return error(link.error().message, kDhcpExitSystem);
  if (!*link) return error(printable(phys) + ": no such interface", kDhcpExitFailure);
  DhcpOutcome out;
  if (auto st = Runner(env, cmd.req, std::move(**link)).run(out); !st) return st.error();
  return out;
}

}  // namespace solnet
