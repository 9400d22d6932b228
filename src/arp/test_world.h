// A system for arp's command tests: fake kernel, neighbour table and
// names, and files in memory.
#pragma once

#include <doctest/doctest.h>

#include <map>

#include "lib/arp/present.h"
#include "lib/arp/test_fixtures.h"
#include "lib/common/fake_names.h"
#include "lib/common/test_fixtures.h"
#include "src/arp/command.h"
#include "src/arp/fake_arp_kernel.h"
#include "src/common/fake_kernel.h"

namespace solnet::fixture {

struct ArpWorld {
  FakeKernel k;
  FakeArpKernel n;
  FakeNames names;
  std::map<std::string, std::string> files;
  bool privileged = true;

  ArpWorld() {
    k.links_ = {loopback(), ether_link(2, "v0"), ether_link(3, "v1")};
    k.addrs_ = {v4(1, "127.0.0.1", 8, "lo", false), v4(2, "10.0.0.1", 24, "v0"), v4(3, "10.1.0.1", 16, "v1"),
                v4(3, "10.0.0.129", 25, "v1:1")};
    names.hosts = {{"10.0.0.2", "peer.example.com"}, {"10.0.0.9", "proxied"}};
    names.domain = "example.com";
    n.entries = {neigh("10.0.0.2", 2, mac(2), NUD_PERMANENT), neigh("10.0.0.3", 2, mac(3), NUD_REACHABLE),
                 neigh("10.0.0.5", 2, {}, NUD_INCOMPLETE), proxy("10.0.0.9", 2)};
  }

  ArpSystem system() {
    return ArpSystem{k, n, names, privileged, [this](const std::string& p) -> Result<std::string> {
                       auto it = files.find(p);
                       if (it == files.end()) return error(p + ": No such file or directory");
                       return it->second;
                     }};
  }

  // The words parsed, run and presented, as cmd/arp.cc does.
  Output run(std::vector<std::string> words, ArpGlobals g = {}) {
    auto args = parse_arp_args(words, g, names);
    if (!args) return error_output(args.error());
    auto sys = system();
    StringSink shown;
    auto outcome = run_arp(*args, sys, shown);
    Output o = outcome ? present_arp(*outcome, *args) : error_output(outcome.error());
    o.out = shown.take() + o.out;
    return o;
  }

  // The model of a command that parses.
  Result<ArpOutcome> model(std::vector<std::string> words, ArpGlobals g = {}) {
    auto args = parse_arp_args(words, g, names);
    REQUIRE(args);
    auto sys = system();
    return run_arp(*args, sys, display);
  }
  StringSink display;  // what model() displayed

  // The one error line of a failed command that changed nothing.
  std::string refused(std::vector<std::string> words) {
    const auto before = n.entries.size();
    const int changes = n.changes;
    auto o = run(std::move(words));
    CHECK(o.status == 1);
    CHECK(o.out.empty());
    CHECK(n.changes == changes);
    CHECK(n.entries.size() == before);
    return o.errors.size() == 1 ? o.errors[0] : "(" + std::to_string(o.errors.size()) + " errors)";
  }

  const Neighbour* find(const char* addr, bool proxy = false) const {
    for (const auto& e : n.entries)
      if (e.addr == ip(addr) && e.proxy == proxy) return &e;
    return nullptr;
  }
};

}  // namespace solnet::fixture
