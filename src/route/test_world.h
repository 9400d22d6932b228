// A small machine for route's src/ tests: lo, eth0 with a primary, a
// labelled alias and an unlabelled address, eth1 down; and a scratch
// directory.
#pragma once

#include <stdlib.h>

#include <string>

#include "lib/common/test_fixtures.h"
#include "src/common/fake_kernel.h"
#include "src/common/fake_route_kernel.h"
#include "src/common/temp_dir.h"
#include "src/ifconfig/state_store.h"
#include "src/route/env.h"

namespace solnet::fixture {

struct RouteWorld {
  FakeKernel kernel;
  MemoryStateStore store;
  FakeRouteKernel routes;
  FakeNames names;
  RouteEnv env{kernel, store, routes, names, true, ""};

  RouteWorld() {
    kernel.links_ = {loopback(), ether_link(2, "eth0"), ether_link(3, "eth1", IFF_BROADCAST | IFF_MULTICAST)};
    kernel.addrs_ = {v4(1, "127.0.0.1", 8, "lo", false), v4(2, "172.16.3.1", 16, "eth0"),
                     v4(2, "172.16.3.10", 16, "eth0:0"), v4(2, "172.16.3.20", 16, "eth0"),
                     v4(3, "192.168.9.1", 24, "eth1"), v6(2, "2001:db8::1", 64)};
    Route local = route4("172.16.3.1", 32, nullptr, 2, "eth0");
    local.table = RT_TABLE_LOCAL;
    local.type = RTN_LOCAL;
    Route bcast = route4("172.16.255.255", 32, nullptr, 2, "eth0");
    bcast.table = RT_TABLE_LOCAL;
    bcast.type = RTN_BROADCAST;
    Route connected = route4("172.16.0.0", 16, nullptr, 2, "");
    connected.protocol = RTPROT_KERNEL;
    connected.prefsrc = *parse_inet("172.16.3.1");
    routes.routes_ = {local, bcast, connected};
  }
};

}  // namespace solnet::fixture
