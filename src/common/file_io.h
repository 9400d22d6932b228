// Small file helpers over the system calls.
#pragma once

#include <unistd.h>

#include <string>

namespace solnet {

// Closes the descriptor when it goes out of scope.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// Appends the whole file to `out`; false (errno set) when it cannot.
bool read_file(const std::string& path, std::string& out);

}  // namespace solnet
