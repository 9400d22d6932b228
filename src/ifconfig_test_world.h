// A fake system for ifconfig's command tests: kernel, routes, store,
// names and DHCP probe, with the command and display entry points.
#pragma once

#include <doctest/doctest.h>

#include "dhcp_fake.h"
#include "fake_kernel.h"
#include "fake_names.h"
#include "fake_route_kernel.h"
#include "fake_sysctl.h"
#include "ifconfig_apply.h"
#include "ifconfig_show.h"
#include "ifconfig_text.h"

namespace solnet::fixture {

struct IfconfigWorld {
  FakeKernel k;
  FakeRouteKernel rk;
  MemoryStateStore store;
  FakeNames names;
  FakeDhcpClient dhcp{k};
  FakeSysctl sysctl{k};
  RarpClient* rarp = nullptr;
  std::string rarp_defaults = "/nonexistent/rarp";

  Result<std::string> run(std::vector<std::string> argv) {
    auto args = parse_ifconfig_args(argv);
    REQUIRE(args);
    IfconfigEnv env{k, store, names, "/nonexistent/netmasks", true, sysctl, rarp, rarp_defaults, &rk};
    return run_ifconfig_command(env, *args);
  }
  std::string ok(std::vector<std::string> argv) {
    auto r = run(std::move(argv));
    REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
    return *r;
  }
  // The text display of a selection.
  std::string show(std::vector<std::string> argv) {
    auto args = parse_ifconfig_args(argv);
    REQUIRE(args);
    auto r = select_lifs(k, store, *args, dhcp);
    REQUIRE(r);
    return render_text(*r);
  }
  const Link* link(const std::string& name) const {
    for (const auto& l : k.links_)
      if (l.name == name) return &l;
    return nullptr;
  }
};

}  // namespace solnet::fixture
