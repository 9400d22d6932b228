#include "lib/ifconfig/usage.h"

#include <doctest/doctest.h>

#include <string>

#include "lib/common/cli_options.h"
#include "lib/dhcp/keywords.h"
#include "lib/ifconfig/keywords.h"
#include "lib/ifconfig/options.h"

using namespace solnet;

namespace lib_ifconfig_usage_test {

TEST_CASE("usage lists every keyword with its argument") {
  std::string u = ifconfig_usage();
  CHECK(u.find("usage: ifconfig") == 0);
  for (const auto& k : ifconfig_keywords()) CHECK_MESSAGE(u.find("  " + usage_form(k.info)) != std::string::npos, k.info.name);
  CHECK(u.find("netmask MASK") != std::string::npos);
  CHECK(u.find("ether [MAC]") != std::string::npos);
}

TEST_CASE("usage lists the selectors, the options and the DHCP words") {
  std::string u = ifconfig_usage();
  for (auto sel : {"  -a ", "  -au ", "  -ad ", "  -aD ", "  -a4 ", "  -a6 "}) CHECK_MESSAGE(u.find(sel) != std::string::npos, sel);
  for (const auto& o : ifconfig_cli_options()) CHECK_MESSAGE(u.find("  " + cli_option_form(o)) != std::string::npos, o.flags);
  CHECK(u.find("  -j, --json ") != std::string::npos);
  for (const auto& k : dhcp_keywords()) CHECK_MESSAGE(u.find("  " + usage_form(k.info)) != std::string::npos, k.info.name);
  CHECK(u.find("ifconfig INTERFACE {auto-dhcp|dhcp} [primary]") != std::string::npos);
}

}  // namespace lib_ifconfig_usage_test
