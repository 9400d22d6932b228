// In-memory stand-ins for the DHCP client, the link switch, the clock and
// the primary record, for unit tests. The fake client "binds" a configured
// number of polls after it starts and then puts the lease's address on the
// FakeKernel link, as dhcpcd would.
#pragma once

#include <net/if.h>
#include <sys/socket.h>

#include <functional>
#include <map>
#include <vector>

#include "src/common/fake_kernel.h"
#include "src/dhcp/client.h"
#include "src/dhcp/clock.h"
#include "src/dhcp/link.h"

namespace solnet {

class FakeDhcpClient : public DhcpClient {
 public:
  struct Instance {
    DhcpMode mode = DhcpMode::primary;
    int polls = 0;
    std::optional<LeaseStamp> written;
  };

  explicit FakeDhcpClient(FakeKernel& kernel) : kernel_(kernel) {}

  std::set<std::string> running_links() override {
    ++dir_reads;
    std::set<std::string> out;
    for (const auto& [name, _] : clients) out.insert(name);
    return out;
  }
  bool running(const std::string& link) override {
    ++probes;
    return clients.count(link) > 0;
  }
  std::optional<LeaseStamp> lease_written(const std::string& link) override {
    auto it = clients.find(link);
    if (it == clients.end()) return std::nullopt;
    Instance& c = it->second;
    if (bind_after >= 0 && ++c.polls > bind_after && !c.written) bind(link, c);
    if (renew_pending && c.written && ++c.polls > bind_after) {
      renew_pending = false;
      c.written = *c.written + std::chrono::seconds(1);
    }
    return c.written;
  }
  Result<DhcpLease> lease(const std::string& link) override {
    if (!clients.count(link) || !clients[link].written) return error("no lease");
    return lease_value;
  }
  Status start(const std::string& link, DhcpMode mode) override {
    log.push_back("start " + link + (mode == DhcpMode::primary ? " primary" : " secondary"));
    if (start_error) return *start_error;
    clients[link] = Instance{mode, 0, std::nullopt};
    return {};
  }
  Result<bool> inform(const std::string& link, DhcpMode mode, const std::string& address,
                      const DhcpWait& wait) override {
    log.push_back("inform " + link + " " + address + (mode == DhcpMode::primary ? " primary" : " secondary") +
                  (wait.waits() ? " wait" : ""));
    if (start_error) return *start_error;
    clients[link] = Instance{mode, 0, std::nullopt};
    return !wait.waits() || bind_after >= 0;
  }
  Status renew(const std::string& link) override {
    log.push_back("renew " + link);
    if (lose_renewals > 0) {
      --lose_renewals;
      return {};
    }
    renew_pending = true;
    clients[link].polls = 0;
    return {};
  }
  Status release(const std::string& link) override {
    log.push_back("release " + link);
    clients.erase(link);
    auto& a = kernel_.addrs_;
    std::erase_if(a, [&](const Addr& x) { return lease_value.address && x.local == *lease_value.address; });
    return {};
  }
  Status stop(const std::string& link) override {
    log.push_back("stop " + link);
    clients.erase(link);
    return {};
  }

  std::map<std::string, Instance> clients;
  std::vector<std::string> log;
  int bind_after = 0;  // polls before the lease arrives; -1: never
  bool renew_pending = false;
  int lose_renewals = 0;  // renewals dropped as dhcpcd drops one asked for while it is busy
  std::optional<Error> start_error;
  DhcpLease lease_value;
  int dir_reads = 0;
  int probes = 0;

 private:
  void bind(const std::string& link, Instance& c) {
    c.written = LeaseStamp(std::chrono::seconds(1795459560));
    for (const auto& l : kernel_.links_)
      if (l.name == link && lease_value.address) {
        Addr a;
        a.family = AF_INET;
        a.ifindex = l.index;
        a.local = *lease_value.address;
        a.prefixlen = 24;
        kernel_.addrs_.push_back(a);
      }
  }

  FakeKernel& kernel_;
};

class FakeDhcpLinks : public DhcpLinks {
 public:
  explicit FakeDhcpLinks(FakeKernel& kernel) : kernel_(kernel) {}
  Status set_up(const Link& link, bool up) override {
    log.push_back(link.name + (up ? " up" : " down"));
    for (auto& l : kernel_.links_)
      if (l.index == link.index) l.flags = up ? (l.flags | IFF_UP) : (l.flags & ~IFF_UP);
    return {};
  }
  Status remove_dhcp_default_routes(const Link& link) override {
    log.push_back(link.name + " routes");
    return {};
  }
  std::vector<std::string> log;

 private:
  FakeKernel& kernel_;
};

class FakeDhcpClock : public DhcpClock {
 public:
  std::time_t wall() override { return 1795459570; }
  std::chrono::steady_clock::time_point monotonic() override { return now; }
  void sleep(std::chrono::milliseconds d) override {
    now += d;
    ++sleeps;
    if (on_sleep) on_sleep();
  }
  std::chrono::steady_clock::time_point now{};
  std::function<void()> on_sleep;  // what happens meanwhile
  int sleeps = 0;
};

}  // namespace solnet
