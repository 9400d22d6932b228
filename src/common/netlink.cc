#include "src/common/netlink.h"

#include <errno.h>
#include <linux/if_addr.h>
#include <linux/rtnetlink.h>
#include <netlink/msg.h>
#include <netlink/netlink.h>
#include <netlink/socket.h>
#include <string.h>
#include <sys/socket.h>

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif

namespace solnet {

void NlMsgFree::operator()(nl_msg* m) const { nlmsg_free(m); }

NlMsg new_nl_msg(int type, int flags, const void* hdr, std::size_t len) {
  NlMsg m(nlmsg_alloc_simple(type, flags));
  if (m && nlmsg_append(m.get(), const_cast<void*>(hdr), len, NLMSG_ALIGNTO) < 0) m.reset();
  return m;
}

NlMsg addr_dump_request(int family, int ifindex) {
  ifaddrmsg ifa{};
  ifa.ifa_family = static_cast<unsigned char>(family);
  ifa.ifa_index = static_cast<unsigned>(ifindex);
  return new_nl_msg(RTM_GETADDR, NLM_F_DUMP, ifa);
}

std::string KernelError::text() const {
  std::string s = strerror(errnum);
  if (!extack.empty()) s += ": " + extack;
  return s;
}

Result<Netlink> Netlink::open() {
  nl_sock* sk = nl_socket_alloc();
  if (!sk) return error("cannot allocate a netlink socket");
  if (int e = nl_connect(sk, NETLINK_ROUTE); e < 0) {
    nl_socket_free(sk);
    return error(std::string("cannot open a netlink socket: ") + nl_geterror(e));
  }
  nl_socket_disable_auto_ack(sk);
  int one = 1;
  int fd = nl_socket_get_fd(sk);
  setsockopt(fd, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof one);
  setsockopt(fd, SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof one);
  setsockopt(fd, SOL_NETLINK, NETLINK_GET_STRICT_CHK, &one, sizeof one);
  return Netlink(sk);
}

Result<Netlink*> LazyNetlink::get() {
  if (!nl_) {
    auto nl = Netlink::open();
    if (!nl) return nl.error();
    nl_.emplace(std::move(*nl));
  }
  return &*nl_;
}

Netlink::Netlink(Netlink&& o) noexcept : sk_(o.sk_) { o.sk_ = nullptr; }

Netlink& Netlink::operator=(Netlink&& o) noexcept {
  if (this != &o) {
    if (sk_) nl_socket_free(sk_);
    sk_ = o.sk_;
    o.sk_ = nullptr;
  }
  return *this;
}

Netlink::~Netlink() {
  if (sk_) nl_socket_free(sk_);
}

int Netlink::fd() const { return nl_socket_get_fd(sk_); }

static std::string extack_message(const nlmsghdr* h) {
  if (!(h->nlmsg_flags & NLM_F_ACK_TLVS)) return {};
  const auto* e = static_cast<const nlmsgerr*>(NLMSG_DATA(h));
  std::size_t skip = sizeof(nlmsgerr);
  if (!(h->nlmsg_flags & NLM_F_CAPPED)) skip += e->msg.nlmsg_len - NLMSG_HDRLEN;
  std::size_t payload = h->nlmsg_len - NLMSG_HDRLEN;
  if (skip >= payload) return {};
  auto* tlv = reinterpret_cast<nlattr*>(const_cast<char*>(static_cast<const char*>(NLMSG_DATA(h)) + skip));
  nlattr* tb[NLMSGERR_ATTR_MAX + 1] = {};
  if (nla_parse(tb, NLMSGERR_ATTR_MAX, tlv, static_cast<int>(payload - skip), nullptr) < 0) return {};
  if (!tb[NLMSGERR_ATTR_MSG]) return {};
  return nla_get_string(tb[NLMSGERR_ATTR_MSG]);
}

std::optional<KernelError> Netlink::exchange(nl_msg* req, bool dump, const NlMsgFn& fn, Outcome& outcome) {
  nlmsghdr* rh = nlmsg_hdr(req);
  rh->nlmsg_flags |= NLM_F_REQUEST | (dump ? 0 : NLM_F_ACK);
  rh->nlmsg_seq = NL_AUTO_SEQ;  // a fresh sequence number for every attempt
  nl_complete_msg(sk_, req);
  const uint32_t seq = rh->nlmsg_seq;
  if (int e = nl_send(sk_, req); e < 0) return KernelError{EIO, nl_geterror(e)};

  outcome = Outcome::done;
  // The kernel never puts more than 32 KiB into one dump datagram.
  static constexpr std::size_t kBuf = 1 << 17;
  std::unique_ptr<char[]> buf(new char[kBuf]);
  const int fdn = fd();
  for (;;) {
    iovec iov{buf.get(), kBuf};
    sockaddr_nl from{};
    msghdr mh{};
    mh.msg_name = &from;
    mh.msg_namelen = sizeof from;
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    ssize_t n = recvmsg(fdn, &mh, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      return KernelError{errno, {}};
    }
    if (mh.msg_flags & MSG_TRUNC) return KernelError{EMSGSIZE, "netlink reply truncated"};
    if (from.nl_pid != 0) continue;  // only the kernel talks to us
    auto len = static_cast<std::size_t>(n);
    for (auto* h = reinterpret_cast<const nlmsghdr*>(buf.get()); nlmsg_ok(h, len); h = nlmsg_next(h, len)) {
      if (h->nlmsg_seq != seq) continue;  // a late answer to an earlier request
      if (h->nlmsg_flags & NLM_F_DUMP_INTR) outcome = Outcome::interrupted;
      if (h->nlmsg_type == NLMSG_DONE) {
        int err = 0;
        if (h->nlmsg_len >= NLMSG_LENGTH(sizeof(int))) err = *static_cast<int*>(NLMSG_DATA(h));
        if (err < 0) return KernelError{-err, extack_message(h)};
        return std::nullopt;
      }
      if (h->nlmsg_type == NLMSG_ERROR) {
        const auto* e = static_cast<const nlmsgerr*>(NLMSG_DATA(h));
        if (e->error) return KernelError{-e->error, extack_message(h)};
        if (!dump) return std::nullopt;
        continue;
      }
      if (fn) fn(h);
    }
  }
}

std::optional<KernelError> Netlink::dump(nl_msg* req, const std::function<void()>& restart, const NlMsgFn& fn) {
  constexpr int kAttempts = 8;
  for (int attempt = 0;; ++attempt) {
    Outcome outcome;
    if (auto e = exchange(req, true, fn, outcome)) return e;
    if (outcome == Outcome::done) return std::nullopt;
    if (attempt + 1 == kAttempts) return KernelError{EAGAIN, "the kernel kept changing during the dump"};
    restart();
  }
}

std::optional<KernelError> Netlink::request(nl_msg* req, const NlMsgFn& fn) {
  Outcome outcome;
  return exchange(req, false, fn, outcome);
}

}  // namespace solnet
