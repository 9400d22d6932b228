// A NETLINK_ROUTE socket: requests with acknowledgement (the kernel's
// extended-ack text kept for the user) and dumps redone when the kernel
// reports them interrupted. Messages are built with libnl.
#pragma once

#include <linux/netlink.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "lib/common/result.h"

struct nl_sock;
struct nl_msg;

namespace solnet {

// A refusal by the kernel: errno and the extended-ack message, if any.
struct KernelError {
  int errnum = 0;
  std::string extack;

  // "File exists" or "Invalid argument: MTU is less than device minimum".
  std::string text() const;
};

using NlMsgFn = std::function<void(const nlmsghdr*)>;

// NLMSG_OK and NLMSG_NEXT over a buffer of `len` bytes, without the macros'
// comparison of signed and unsigned lengths.
inline bool nlmsg_ok(const nlmsghdr* h, std::size_t len) {
  return len >= sizeof(nlmsghdr) && h->nlmsg_len >= sizeof(nlmsghdr) && h->nlmsg_len <= len;
}
inline const nlmsghdr* nlmsg_next(const nlmsghdr* h, std::size_t& len) {
  const std::size_t step = NLMSG_ALIGN(h->nlmsg_len);
  len = step < len ? len - step : 0;
  return reinterpret_cast<const nlmsghdr*>(reinterpret_cast<const char*>(h) + step);
}

// An owned libnl message.
struct NlMsgFree {
  void operator()(nl_msg* m) const;
};
using NlMsg = std::unique_ptr<nl_msg, NlMsgFree>;

// A message of `type` with `flags` and the fixed header `hdr` (ifinfomsg,
// ifaddrmsg, rtmsg, ndmsg ...); null when out of memory.
NlMsg new_nl_msg(int type, int flags, const void* hdr, std::size_t len);
template <class Hdr>
NlMsg new_nl_msg(int type, int flags, const Hdr& hdr) {
  return new_nl_msg(type, flags, &hdr, sizeof hdr);
}

// An address dump of one family (0: both) on one link (0: every link);
// strict checking makes the kernel filter on both.
NlMsg addr_dump_request(int family, int ifindex);

class Netlink {
 public:
  // Opens the socket with NETLINK_EXT_ACK, NETLINK_CAP_ACK and
  // NETLINK_GET_STRICT_CHK set.
  static Result<Netlink> open();

  Netlink(Netlink&& o) noexcept;
  Netlink& operator=(Netlink&& o) noexcept;
  Netlink(const Netlink&) = delete;
  Netlink& operator=(const Netlink&) = delete;
  ~Netlink();

  // Sends a dump request (the caller sets NLM_F_DUMP) and hands every reply
  // to `fn`. When the kernel flags the dump inconsistent (NLM_F_DUMP_INTR)
  // it calls `restart` and asks again, a few times at most.
  std::optional<KernelError> dump(nl_msg* req, const std::function<void()>& restart, const NlMsgFn& fn);

  // Sends one request and waits for its acknowledgement; replies that come
  // before it (a RTM_GETLINK answer, say) go to `fn`.
  std::optional<KernelError> request(nl_msg* req, const NlMsgFn& fn = {});

  int fd() const;

 private:
  explicit Netlink(nl_sock* sk) : sk_(sk) {}
  enum class Outcome { done, interrupted };
  std::optional<KernelError> exchange(nl_msg* req, bool dump, const NlMsgFn& fn, Outcome& outcome);

  nl_sock* sk_ = nullptr;
};

// A socket opened on first use: a command that needs none opens none.
class LazyNetlink {
 public:
  Result<Netlink*> get();

 private:
  std::optional<Netlink> nl_;
};

}  // namespace solnet
