// Small file helpers over the system calls.
#pragma once

#include <unistd.h>

#include <string>
#include <utility>

namespace solnet {

// Closes the descriptor when it goes out of scope.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(Fd&& o) noexcept : fd_(std::exchange(o.fd_, -1)) {}
  Fd& operator=(Fd&& o) noexcept {
    if (this != &o) {
      if (fd_ >= 0) ::close(fd_);
      fd_ = std::exchange(o.fd_, -1);
    }
    return *this;
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

// Appends the whole file to `out`; false (errno set) when it cannot. For
// the kernel's own files (/proc): what users can plant goes through
// safe_file.h.
bool read_file(const std::string& path, std::string& out);

}  // namespace solnet
