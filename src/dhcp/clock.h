// Time for DHCP waits, injected so that tests need not sleep.
#pragma once

#include <chrono>
#include <ctime>
#include <thread>

namespace solnet {

class DhcpClock {
 public:
  virtual ~DhcpClock() = default;
  virtual std::time_t wall() = 0;
  virtual std::chrono::steady_clock::time_point monotonic() = 0;
  virtual void sleep(std::chrono::milliseconds d) = 0;
};

class SystemDhcpClock : public DhcpClock {
 public:
  std::time_t wall() override { return std::time(nullptr); }
  std::chrono::steady_clock::time_point monotonic() override { return std::chrono::steady_clock::now(); }
  void sleep(std::chrono::milliseconds d) override { std::this_thread::sleep_for(d); }
};

}  // namespace solnet
