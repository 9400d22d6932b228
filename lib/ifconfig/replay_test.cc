#include "lib/ifconfig/replay.h"

#include <sys/socket.h>

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_replay_test {

KernelOp op(KernelOpKind kind, Addr a) { return KernelOp{kind, {}, std::move(a), "test"}; }

TEST_CASE("an IPv4 address operation is done when the kernel's rules of identity say so") {
  ReplayView view({v4(2, "10.0.0.1", 24, "v0"), secondary(v4(2, "10.0.0.2", 24, "v0:1"))});
  CHECK_FALSE(view.needed(op(KernelOpKind::add_addr, v4(2, "10.0.0.1", 24, "v0:7"))));
  CHECK(view.needed(op(KernelOpKind::add_addr, v4(2, "10.0.0.1", 16, "v0"))));
  CHECK(view.needed(op(KernelOpKind::add_addr, v4(3, "10.0.0.1", 24, "v1"))));
  CHECK(view.needed(op(KernelOpKind::del_addr, v4(2, "10.0.0.2", 24, "v0:1"))));
  // the kernel compares the label when one is sent, and the prefix
  CHECK_FALSE(view.needed(op(KernelOpKind::del_addr, v4(2, "10.0.0.2", 24, "v0:2"))));
  CHECK_FALSE(view.needed(op(KernelOpKind::del_addr, v4(2, "10.0.0.2", 16, "v0:1"))));
  CHECK(view.needed(op(KernelOpKind::del_addr, v4(2, "10.0.0.2", 24, ""))));
  Addr peer = v4(2, "10.0.0.1", 24, "v0");
  peer.peer = ip("10.0.0.9");
  CHECK(view.needed(op(KernelOpKind::add_addr, peer)));
  CHECK(view.needed(op(KernelOpKind::replace_addr, v4(2, "10.0.0.1", 24, "v0"))));
  CHECK_FALSE(view.needed(op(KernelOpKind::replace_addr, v4(2, "10.0.0.7", 24, "v0"))));
  CHECK(view.needed(KernelOp{KernelOpKind::set_link, {}, {}, "link"}));
}

TEST_CASE("IPv6: one address per link whatever its prefix; a deletion names the prefix") {
  ReplayView view({v6(2, "2001:db8::1", 64)});
  CHECK_FALSE(view.needed(op(KernelOpKind::add_addr, v6(2, "2001:db8::1", 48))));
  CHECK(view.needed(op(KernelOpKind::del_addr, v6(2, "2001:db8::1", 64))));
  CHECK_FALSE(view.needed(op(KernelOpKind::del_addr, v6(2, "2001:db8::1", 48))));
}

TEST_CASE("what was done is in the view: an address deleted and added again") {
  ReplayView view({v4(2, "10.0.0.1", 24, "v0")});
  const KernelOp del = op(KernelOpKind::del_addr, v4(2, "10.0.0.1", 24, "v0"));
  const KernelOp add = op(KernelOpKind::add_addr, v4(2, "10.0.0.1", 16, "v0"));
  view.done(del);
  CHECK_FALSE(view.needed(del));
  CHECK(view.needed(add));
  view.done(add);
  CHECK_FALSE(view.needed(add));
  CHECK(view.needed(op(KernelOpKind::del_addr, v4(2, "10.0.0.1", 16, "v0"))));
}

}  // namespace lib_ifconfig_replay_test
