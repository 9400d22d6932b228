// A fake system for ifconfig's command tests: kernel, routes, store,
// names and DHCP probe, with the command and display entry points.
#pragma once

#include <doctest/doctest.h>

#include "lib/common/fake_names.h"
#include "lib/ifconfig/present.h"
#include "lib/ifconfig/request.h"
#include "lib/ifconfig/text.h"
#include "src/common/fake_kernel.h"
#include "src/common/fake_route_kernel.h"
#include "src/common/fake_sysctl.h"
#include "src/dhcp/fake_client.h"
#include "src/ifconfig/run.h"
#include "src/ifconfig/show.h"

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

  // What root's command line prints: parsed, run and presented as the
  // main does.
  Result<std::string> run(std::vector<std::string> argv) {
    auto line = parse_ifconfig_line(argv, false, true, names);
    if (!line) return line.error();
    const auto& req = std::get<IfconfigRequest>(*line);
    IfconfigEnv env{k, store, "/nonexistent/netmasks", sysctl, dhcp, rarp, rarp_defaults, &rk};
    auto out = run_ifconfig(env, req);
    if (!out) return out.error();
    return present_ifconfig(*out, req.args.json).out;
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
