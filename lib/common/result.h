// Errors as values: every layer returns Result<T> or Status, and only the
// command mains turn an Error into a message and an exit code.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace solnet {

struct Error {
  std::string message;  // the text after "prog: "
  int exit_code = 1;
};

inline Error error(std::string message, int exit_code = 1) {
  return Error{std::move(message), exit_code};
}

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error e) : v_(std::move(e)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error e) : e_(std::move(e)) {}
  static Status ok_status() { return Status(); }

  bool ok() const { return !e_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *e_; }

 private:
  std::optional<Error> e_;
};

}  // namespace solnet
