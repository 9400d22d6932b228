#include "lib/arp/host.h"

#include <doctest/doctest.h>

#include "lib/common/fake_names.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_arp_host_test {

TEST_CASE("HOST: numbers need no lookup; names go to the resolver") {
  FakeNames names;
  names.hosts["10.0.0.2"] = "peer";
  CHECK(resolve_host("10.0.0.7", names)->addr.str() == "10.0.0.7");
  CHECK(resolve_host("10.1", names)->addr.str() == "10.0.0.1");
  CHECK(resolve_host("0x0a000003", names)->addr.str() == "10.0.0.3");
  CHECK(names.lookups == 0);
  CHECK(resolve_host("peer", names)->addr.str() == "10.0.0.2");
  CHECK(resolve_host("nobody", names).error().message == "nobody: unknown host");
  CHECK(resolve_host("10.0.0.300", names).error().message == "10.0.0.300: unknown host");
  CHECK(resolve_host("a\nb", names).error().message == "a\\x0ab: unknown host");
}

TEST_CASE("HOST: the word is kept as given for the messages") {
  FakeNames names;
  names.hosts["10.0.0.2"] = "peer";
  auto h = resolve_host("peer", names);
  CHECK(h->word == "peer");
  CHECK(h->addr.str() == "10.0.0.2");
}

}  // namespace lib_arp_host_test
