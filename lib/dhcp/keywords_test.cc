#include "lib/dhcp/keywords.h"

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_dhcp_keywords_test {

TEST_CASE("the usage line comes from the table") {
  CHECK(dhcp_usage() ==
        "IF {auto-dhcp|dhcp} [primary] [wait SECONDS|forever] drop|extend|inform|ping|release|start|status");
}

TEST_CASE("dhcp and auto-dhcp introduce the sub-language, nothing else does") {
  CHECK(is_dhcp_intro("dhcp"));
  CHECK(is_dhcp_intro("auto-dhcp"));
  CHECK_FALSE(is_dhcp_intro("start"));
  CHECK_FALSE(is_dhcp_intro("DHCP"));
  CHECK_FALSE(is_dhcp_intro("auto-revarp"));
}

TEST_CASE("every operation has a name and a one-line help") {
  for (DhcpOp op : {DhcpOp::start, DhcpOp::drop, DhcpOp::extend, DhcpOp::inform, DhcpOp::ping, DhcpOp::release,
                    DhcpOp::status}) {
    auto name = dhcp_op_name(op);
    REQUIRE_FALSE(name.empty());
    const DhcpKeyword* k = find_dhcp_keyword(name);
    REQUIRE(k);
    CHECK(k->op == op);
    CHECK_FALSE(k->info.help.empty());
  }
  CHECK(find_dhcp_keyword("wait")->info.arg == Arg::required);
}

}  // namespace lib_dhcp_keywords_test
