#include "arp_resolver.h"

#include <doctest/doctest.h>

#include "arp_test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

TEST_CASE("HOST: a dotted quad needs no lookup; names go to the resolver") {
  TableResolver r;
  r.names["10.0.0.2"] = "peer";
  CHECK(resolve_host("10.0.0.7", r)->str() == "10.0.0.7");
  CHECK(resolve_host("peer", r)->str() == "10.0.0.2");
  CHECK(resolve_host("nobody", r).error().message == "nobody: unknown host");
  CHECK(resolve_host("10.0.0.300", r).error().message == "10.0.0.300: unknown host");
  CHECK(resolve_host("a\nb", r).error().message == "a\\x0ab: unknown host");
}
