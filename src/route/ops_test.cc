#include "src/route/ops.h"

#include <doctest/doctest.h>
#include <errno.h>

#include <nlohmann/json.hpp>

#include "lib/route/args.h"
#include "lib/route/nettools_args.h"
#include "lib/route/present.h"
#include "src/route/show.h"
#include "src/route/test_world.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_route_ops_test {

namespace {

using V = std::vector<std::string>;

RouteRequest parsed(RouteWorld& w, V words) {
  auto inv = parse_route({}, words, w.names, [&](const std::string& phys) {
    auto l = w.kernel.link(phys);
    return l && l->has_value();
  });
  REQUIRE_MESSAGE(inv, (inv ? "" : inv.error().message));
  return inv->solaris ? inv->solaris->req : inv->nettools;
}

std::size_t main_routes(RouteWorld& w) {
  std::size_t n = 0;
  for (const auto& r : w.routes.routes_) n += r.table == RT_TABLE_MAIN;
  return n;
}

// A step as route prints it.
template <class T>
Output shown(RouteWorld& w, Result<T> step, RouteView view = {}) {
  RouteOutcome o;
  if (step) o.steps.push_back(std::move(*step));
  else o.steps.push_back(step.error());
  return present_route(o, view, w.names);
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("net-tools changes are silent; refusals are one stderr line, exit 7") {
  RouteWorld w;
  auto ok = shown(w, nettools_change(w.env, parsed(w, {"add", "-net", "10.9.0.0", "netmask", "255.255.0.0", "gw", "172.16.3.200"})));
  CHECK(ok.out.empty());
  CHECK(ok.errors.empty());
  CHECK(ok.status == 0);
  CHECK(w.routes.changes.back().how == RouteChange::add);
  auto dup = shown(w, nettools_change(w.env, parsed(w, {"add", "-net", "10.9.0.0", "netmask", "255.255.0.0", "gw", "172.16.3.200"})));
  CHECK(dup.errors == Lines{"add net 10.9.0.0: gateway 172.16.3.200: entry exists"});
  CHECK(dup.status == kExitKernel);
  auto del = shown(w, nettools_change(w.env, parsed(w, {"del", "-net", "10.9.0.0", "netmask", "255.255.0.0"})));
  CHECK(del.status == 0);
  auto gone = shown(w, nettools_change(w.env, parsed(w, {"del", "-net", "10.9.0.0", "netmask", "255.255.0.0"})));
  CHECK(gone.errors == Lines{"delete net 10.9.0.0: not in table"});
}

TEST_CASE("the inferred-mask form accepts a route that is already there") {
  RouteWorld w;
  auto first = nettools_change(w.env, parsed(w, {"add", "-net", "127.0.0.0"}));
  CHECK_FALSE(first->refusal);
  auto again = nettools_change(w.env, parsed(w, {"add", "-net", "127.0.0.0"}));
  CHECK_FALSE(again->refusal);
}

TEST_CASE("net-tools add of a route that ifconfig returned on up is no error, once") {
  RouteWorld w;
  V words{"add", "-net", "10.9.0.0", "netmask", "255.255.0.0", "gw", "172.16.3.200"};
  REQUIRE(nettools_change(w.env, parsed(w, words)));
  StoredLink l;
  l.index = 2;
  l.name = "eth0";
  l.returned = {w.routes.routes_.back()};
  w.store.doc.links = {l};
  CHECK(shown(w, nettools_change(w.env, parsed(w, words))).status == 0);
  CHECK(w.store.doc.links[0].returned.empty());
  CHECK(shown(w, nettools_change(w.env, parsed(w, words))).status == kExitKernel);
}

TEST_CASE("the kernel's extended ack reaches the user") {
  RouteWorld w;
  w.routes.refuse = KernelError{EINVAL, "Nexthop has invalid gateway"};
  auto o = shown(w, nettools_change(w.env, parsed(w, {"add", "default", "gw", "172.16.3.200"})));
  CHECK(o.errors == Lines{"add net default: gateway 172.16.3.200: Invalid argument: Nexthop has invalid gateway"});
  auto s = shown(w, solaris_change(w.env, parsed(w, {"add", "default", "172.16.3.200"})));
  CHECK(s.out == "add net default: gateway 172.16.3.200: Invalid argument: Nexthop has invalid gateway\n");
  CHECK(s.status == EINVAL);
}

TEST_CASE("without CAP_NET_ADMIN nothing is asked of the kernel") {
  RouteWorld w;
  w.env.admin = false;
  auto n = shown(w, nettools_change(w.env, parsed(w, {"add", "default", "gw", "172.16.3.200"})));
  CHECK(n.errors == Lines{"add net default: gateway 172.16.3.200: insufficient privileges"});
  CHECK(n.status == kExitKernel);
  auto s = shown(w, solaris_change(w.env, parsed(w, {"add", "default", "172.16.3.200"})));
  CHECK(s.out == "add net default: gateway 172.16.3.200: insufficient privileges\n");
  CHECK(s.status == EPERM);
  auto f = shown(w, solaris_flush(w.env, AF_INET));
  CHECK(f.errors == Lines{"flush: insufficient privileges"});
  CHECK(f.status == 1);
  CHECK(w.routes.changes.empty());
  CHECK(w.routes.dumps == 0);
}

TEST_CASE("Solaris add keeps several default routers; the same one again is entry exists") {
  RouteWorld w;
  CHECK_FALSE(solaris_change(w.env, parsed(w, {"add", "default", "172.16.3.1"}))->refusal);
  auto second = shown(w, solaris_change(w.env, parsed(w, {"add", "default", "172.16.3.2"})));
  CHECK(second.out == "add net default: gateway 172.16.3.2\n");
  CHECK(second.status == 0);
  auto again = shown(w, solaris_change(w.env, parsed(w, {"add", "default", "172.16.3.1"})));
  CHECK(again.out == "add net default: gateway 172.16.3.1: entry exists\n");
  CHECK(again.status == EEXIST);
  CHECK(w.routes.routes_.size() == 5);  // the world's 3 and the two defaults
  CHECK(w.routes.changes.back().how == RouteChange::add_exclusive);  // "again" was not appended
}

TEST_CASE("Solaris results on stdout, failures included, errno as status") {
  RouteWorld w;
  auto a = shown(w, solaris_change(w.env, parsed(w, {"add", "-net", "10.9.0.0/16", "172.16.3.200"})));
  CHECK(a.out == "add net 10.9.0.0/16: gateway 172.16.3.200\n");
  CHECK(a.status == 0);
  CHECK(w.routes.changes.back().how == RouteChange::add_exclusive);
  auto dup = shown(w, solaris_change(w.env, parsed(w, {"add", "-net", "10.9.0.0/16", "172.16.3.200"})));
  CHECK(dup.out == "add net 10.9.0.0/16: gateway 172.16.3.200: entry exists\n");
  CHECK(dup.status == EEXIST);
  CHECK(dup.errors.empty());
  auto del = shown(w, solaris_change(w.env, parsed(w, {"delete", "-net", "10.9.0.0/16", "172.16.3.200"})));
  CHECK(del.out == "delete net 10.9.0.0/16: gateway 172.16.3.200\n");
  auto gone = shown(w, solaris_change(w.env, parsed(w, {"delete", "-net", "10.9.0.0/16", "172.16.3.200"})));
  CHECK(gone.out == "delete net 10.9.0.0/16: gateway 172.16.3.200: not in table\n");
  CHECK(gone.status == ESRCH);
  RouteView quiet;
  quiet.quiet = true;
  CHECK(shown(w, solaris_change(w.env, parsed(w, {"add", "-net", "10.9.0.0/16", "172.16.3.200"})), quiet).out.empty());
}

TEST_CASE("Solaris change replaces the route to the destination, keeping its metric") {
  RouteWorld w;
  Route old = route4("10.9.0.0", 16, "172.16.3.200");
  old.priority = 7;
  w.routes.routes_.push_back(old);
  auto c = shown(w, solaris_change(w.env, parsed(w, {"change", "-net", "10.9.0.0/16", "172.16.3.201"})));
  CHECK(c.out == "change net 10.9.0.0/16: gateway 172.16.3.201\n");
  CHECK(w.routes.changes.back().how == RouteChange::replace);
  CHECK(w.routes.changes.back().route.priority == 7u);
  auto none = shown(w, solaris_change(w.env, parsed(w, {"change", "-net", "10.8.0.0/16", "172.16.3.201"})));
  CHECK(none.out == "change net 10.8.0.0/16: gateway 172.16.3.201: not in table\n");
  CHECK(none.status == ESRCH);
}

TEST_CASE("a gateway name's next address is tried when one is unreachable") {
  RouteWorld w;
  w.names.hosts["172.16.3.200"] = "router";
  w.names.more_addrs["router"] = {"172.16.3.201"};
  struct Picky : FakeRouteKernel {
    std::optional<KernelError> change(RouteChange how, const Route& r) override {
      if (r.gateway.str() == "172.16.3.200") return KernelError{ENETUNREACH, ""};
      return FakeRouteKernel::change(how, r);
    }
  } picky;
  RouteEnv env{w.kernel, w.store, picky, w.names, true, ""};
  auto o = shown(w, solaris_change(env, parsed(w, {"add", "default", "router"})));
  CHECK(o.out == "add net default: gateway router (172.16.3.201)\n");
  RouteView view;
  view.numeric = true;
  view.verbose = true;
  auto v = shown(w, solaris_change(env, parsed(w, {"delete", "default", "router"})), view);
  CHECK(v.out.find("RTM_DELETE: Delete Route: len ") == 0);
  CHECK(v.out.find("seq 2") != std::string::npos);
  CHECK(v.out.find("delete net default: gateway 172.16.3.201\n") != std::string::npos);
}

TEST_CASE("get: the covering route for a host, the exact one for a mask") {
  RouteWorld w;
  w.routes.routes_.push_back(route4("10.9.0.0", 16, "172.16.3.200", 2, ""));
  RouteView view;
  view.numeric = true;
  auto g = shown(w, solaris_get(w.env, parsed(w, {"get", "10.9.1.1"})), view);
  CHECK(g.out.find("   route to: 10.9.1.1\ndestination: 10.9.0.0\n       mask: 255.255.0.0\n") == 0);
  CHECK(g.out.find("  interface: eth0\n") != std::string::npos);
  CHECK(g.out.find("      1500         0 \n") != std::string::npos);
  auto exact = shown(w, solaris_get(w.env, parsed(w, {"get", "10.9.0.0/24"})), view);
  CHECK(exact.out == "10.9.0.0: not in table\n");
  CHECK(exact.status == ESRCH);
  auto none = shown(w, solaris_get(w.env, parsed(w, {"get", "10.99.1.1"})), view);
  CHECK(none.out == "10.99.1.1: not in table\n");
  view.json = true;
  auto j = nlohmann::json::parse(shown(w, solaris_get(w.env, parsed(w, {"get", "172.16.9.9"})), view).out);
  CHECK(j["routes"][0]["destination"] == "172.16.0.0");
  CHECK(j["routes"][0]["logical_interface"] == "eth0");
  CHECK(j["routes"][0]["protocol"] == "kernel");
}

TEST_CASE("flush deletes the main table's routes through gateways") {
  RouteWorld w;
  w.routes.routes_.push_back(route4("10.9.0.0", 16, "172.16.3.200"));
  w.routes.routes_.push_back(route4("0.0.0.0", 0, "172.16.3.200"));
  Route rej = route4("10.15.0.0", 16);
  rej.type = RTN_UNREACHABLE;
  w.routes.routes_.push_back(rej);
  RouteView view;
  view.numeric = true;
  auto f = shown(w, solaris_flush(w.env, AF_INET), view);
  CHECK(f.out == "10.9                 172.16.3.200         done\ndefault              172.16.3.200         done\n");
  CHECK(f.status == 0);
  CHECK(main_routes(w) == 2);  // the connected and the reject route stay
  view.quiet = true;
  w.routes.routes_.push_back(route4("10.9.0.0", 16, "172.16.3.200"));
  CHECK(shown(w, solaris_flush(w.env, AF_INET), view).out.empty());
  CHECK(main_routes(w) == 2);
}

TEST_CASE("show: net-tools tables and JSON") {
  RouteWorld w;
  w.routes.routes_.push_back(route4("10.9.0.0", 16, "172.16.3.200", 2, ""));
  w.routes.proc_ipv6 =
      "20010db8000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 "
      "00000100 00000001 00000000 00000001     eth0\n";
  StringSink t;
  REQUIRE(show_tables(w.env, {AF_INET, AF_INET6}, {1, true}, t));
  CHECK(t.take() ==
        "Kernel IP routing table\n"
        "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n"
        "172.16.0.0      0.0.0.0         255.255.0.0     U     0      0        0 eth0\n"
        "10.9.0.0        172.16.3.200    255.255.0.0     UG    0      0        0 eth0\n"
        "Kernel IPv6 routing table\n"
        "Destination                    Next Hop                   Flag Met Ref  Use If\n"
        "2001:db8::/64                  ::                         U    256 1      0 eth0\n");
  StringSink json;
  REQUIRE(show_route_json(w.env, {AF_INET}, json));
  auto j = nlohmann::json::parse(json.take());
  CHECK(j["schema_version"] == 1);
  REQUIRE(j["routes"].size() == 2);
  CHECK(j["routes"][0]["logical_interface"] == "eth0");
  CHECK(j["routes"][1]["gateway"] == "172.16.3.200");
  CHECK(j["routes"][1]["interface"] == "eth0");
  CHECK(j["routes"][1]["logical_interface"].is_null());
}

}  // namespace src_route_ops_test
