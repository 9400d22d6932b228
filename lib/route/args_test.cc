#include "lib/route/args.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "lib/route/nettools_args.h"
#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_route_args_test {

namespace {

using V = std::vector<std::string>;

struct Parse {
  FakeNames names;
  std::vector<std::string> interfaces{"eth0", "lo"};
  int interface_lookups = 0;

  Result<RouteInvocation> run(V words, RouteGlobals g = {}) {
    return parse_route(g, words, names, [&](const std::string& phys) {
      ++interface_lookups;
      return std::find(interfaces.begin(), interfaces.end(), phys) != interfaces.end();
    });
  }
  RouteAction action(V words, RouteGlobals g = {}) {
    auto r = run(words, g);
    REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
    return r->action;
  }
};

}  // namespace

TEST_CASE("no words: the net-tools table, of the families asked for") {
  Parse p;
  auto r = p.run({});
  REQUIRE(r);
  CHECK(r->action == RouteAction::show);
  CHECK(r->families == std::vector<int>{AF_INET});
  RouteGlobals g;
  g.families = {"inet6"};
  CHECK(p.run({}, g)->families == std::vector<int>{AF_INET6});
  g.families = {"inet,inet6"};
  CHECK(p.run({}, g)->families == std::vector<int>{AF_INET, AF_INET6});
  g.families = {"inet7"};
  CHECK(p.run({}, g).error().message == "inet7: address family not supported");
}

TEST_CASE("verbs only one syntax has decide it") {
  Parse p;
  CHECK(p.action({"del", "-net", "10.9.0.0/16"}) == RouteAction::nettools);
  CHECK(p.action({"get", "10.9.1.1"}) == RouteAction::solaris);
  CHECK(p.action({"flush"}) == RouteAction::solaris);
  CHECK(p.action({"monitor"}) == RouteAction::solaris);
  CHECK(p.action({"change", "10.9.0.0/16", "10.0.0.1"}) == RouteAction::solaris);
}

TEST_CASE("add and delete: keywords tell the syntaxes apart") {
  Parse p;
  CHECK(p.action({"add", "-net", "10.9.0.0", "netmask", "255.255.0.0", "gw", "10.0.0.1"}) == RouteAction::nettools);
  CHECK(p.action({"add", "default", "gw", "10.0.0.1"}) == RouteAction::nettools);
  CHECK(p.action({"add", "-net", "10.9.0.0/16", "10.0.0.1"}) == RouteAction::solaris);
  CHECK(p.action({"add", "default", "10.0.0.1"}) == RouteAction::solaris);
  CHECK(p.action({"add", "10.9.0.0/16", "10.0.0.1", "-ifp", "eth0"}) == RouteAction::solaris);
  CHECK(p.action({"add", "net", "10.9.0.0", "10.0.0.1"}) == RouteAction::solaris);
  CHECK(p.action({"delete", "10.9.0.0/16", "10.0.0.1"}) == RouteAction::solaris);
  CHECK(p.action({"add", "-host", "10.1.1.1"}) == RouteAction::nettools);  // no gateway: not Solaris
  CHECK(p.action({"delete", "default"}) == RouteAction::nettools);
  CHECK(p.action({"add", "10.9.0.0", "10.0.0.1", "255.255.0.0"}) == RouteAction::solaris);
  // A typo of a net-tools keyword gets net-tools' "did you mean".
  CHECK(p.run({"add", "-net", "10.9.0.0/16", "gww", "10.0.0.1"}).error().message ==
        "gww: unknown keyword (did you mean gw?)");
  CHECK(p.interface_lookups == 0);
}

TEST_CASE("DEST WORD: a device when an interface has that name, else a gateway") {
  Parse p;
  CHECK(p.action({"add", "-net", "127.0.0.0/8", "lo"}) == RouteAction::nettools);
  CHECK(p.action({"add", "-host", "10.1.1.1", "eth0:1"}) == RouteAction::nettools);
  p.names.hosts["10.0.0.9"] = "router";
  CHECK(p.action({"add", "default", "router"}) == RouteAction::solaris);
  // Neither: a device, whose error names it missing, or if dotted a host.
  CHECK(p.action({"add", "-net", "10.9.0.0/16", "eth9"}) == RouteAction::nettools);
  CHECK(p.run({"add", "-net", "10.9.0.0/16", "nohost.invalid"}).error().message == "nohost.invalid: bad value");
}

TEST_CASE("global options belong to one syntax") {
  Parse p;
  RouteGlobals q;
  q.quiet = true;
  CHECK(p.run({"add", "-net", "10.9.0.0/16"}, q).error().message == "gateway required for add or delete command");
  RouteGlobals e;
  e.extend = 1;
  CHECK(p.run({"get", "10.9.1.1"}, e).error().message == "get is Solaris syntax; -e is a net-tools option");
  RouteGlobals a;
  a.families = {"inet6"};
  auto r = p.run({"add", "2001:db8::/64", "dev", "eth0"}, a);
  REQUIRE(r);
  CHECK(r->nettools.family == AF_INET6);
  CHECK(p.run({"del", "-net", "10.0.0.0/8"}, q).error().message == "del is net-tools syntax; -q is a Solaris option");
  RouteGlobals both;
  both.persistent = true;
  both.extend = 1;
  CHECK(p.run({}, both).error().message == "cannot mix net-tools (-e) and Solaris (-p) options");
  a.families = {"inet,inet6"};
  CHECK(p.run({"add", "default", "gw", "10.0.0.1"}, a).error().message == "one address family at a time for add");
}

TEST_CASE("-f flushes first, with an optional family word") {
  Parse p;
  RouteGlobals f;
  f.flush = true;
  auto r = p.run({}, f);
  REQUIRE(r);
  CHECK(r->action == RouteAction::solaris);
  CHECK(r->flush_first == AF_INET);
  CHECK_FALSE(r->solaris);
  auto six = p.run({"inet6", "add", "default", "fe80::1"}, f);
  REQUIRE(six);
  CHECK(six->flush_first == AF_INET6);
  CHECK(six->solaris->req.family == AF_INET6);
  CHECK(six->verb_args == V{"default", "fe80::1"});
}

TEST_CASE("--json and -j anywhere") {
  Parse p;
  auto r = p.run({"get", "10.9.1.1", "--json"});
  REQUIRE(r);
  CHECK(r->view.json);
  CHECK(r->verb_args == V{"10.9.1.1"});
  CHECK(p.run({"-j"})->view.json);
  CHECK_FALSE(p.run({})->view.json);
}

TEST_CASE("command-line errors") {
  Parse p;
  CHECK(p.run({"addd"}).error().message == "addd: unknown command (did you mean add?)");
  CHECK(p.run({"foo"}).error().exit_code == 1);
  RouteGlobals e;
  e.extend = 1;
  CHECK(p.run({"foo"}, e).error().exit_code == kExitUsage);
  CHECK(p.run({"-x"}).error().message == "-x: unknown option");
  CHECK(p.run({"--jsn"}).error().message == "--jsn: unknown option (did you mean --json?)");
  CHECK(p.run({"add", "-net", "10.0.0.0", "netmask", "255.0.0.0", "-interface"}).error().message ==
        "cannot mix net-tools (netmask) and Solaris (-interface) syntax");
  RouteGlobals pq;
  pq.persistent = true;
  CHECK(p.run({}, pq).error().message == "a command is required after -p");
  CHECK(p.run({"show"}).error().message == "show command requires -p");
  CHECK(p.run({"show"}, pq)->solaris->verb == SolarisVerb::show);
}

TEST_CASE("the verb table is complete for usage") {
  std::vector<std::string_view> names;
  for (const auto& v : route_verbs()) names.push_back(v.info.name);
  CHECK(names == std::vector<std::string_view>{"add", "delete", "del", "change", "get", "flush", "monitor", "show"});
}

TEST_CASE("each verb row hands the words after it to its own handler") {
  Parse p;
  RouteGlobals persistent;
  persistent.persistent = true;
  struct Sample {
    std::string_view verb;
    V words;
    RouteGlobals g;
    RouteAction action;
    std::optional<SolarisVerb> solaris;  // else net-tools
    RouteOp op = RouteOp::add;
  };
  const Sample samples[] = {
      {"add", {"add", "10.9.0.0/16", "10.0.0.1"}, {}, RouteAction::solaris, SolarisVerb::add},
      {"delete", {"delete", "-net", "10.9.0.0/16"}, {}, RouteAction::nettools, std::nullopt, RouteOp::del},
      {"del", {"del", "-host", "10.9.0.1"}, {}, RouteAction::nettools, std::nullopt, RouteOp::del},
      {"change", {"change", "10.9.0.0/16", "10.0.0.1"}, {}, RouteAction::solaris, SolarisVerb::change},
      {"get", {"get", "10.9.1.1"}, {}, RouteAction::solaris, SolarisVerb::get},
      {"flush", {"flush", "-inet6"}, {}, RouteAction::solaris, SolarisVerb::flush},
      {"monitor", {"monitor"}, {}, RouteAction::solaris, SolarisVerb::monitor},
      {"show", {"show"}, persistent, RouteAction::solaris, SolarisVerb::show},
  };
  for (const auto& v : route_verbs()) {
    const auto* s = std::find_if(std::begin(samples), std::end(samples), [&](const Sample& s) { return s.verb == v.info.name; });
    REQUIRE_MESSAGE(s != std::end(samples), v.info.name, " has no sample line");
    auto r = p.run(s->words, s->g);
    REQUIRE_MESSAGE(r, v.info.name, ": ", (r ? "" : r.error().message));
    CHECK(r->action == s->action);
    if (s->solaris) CHECK(r->solaris->verb == *s->solaris);
    else CHECK(r->nettools.op == s->op);
    CHECK(r->verb_args == V(s->words.begin() + 1, s->words.end()));
  }
}

TEST_CASE("the options that decide how results are shown") {
  Parse p;
  RouteGlobals g;
  g.symbolic = true;  // net-tools' -N shows numbers too
  g.extend = 2;
  auto r = p.run({"-j"}, g);
  REQUIRE(r);
  CHECK(r->view.numeric);
  CHECK(r->view.extend == 2);
  CHECK(r->view.json);
  RouteGlobals s;
  s.quiet = s.verbose = s.persistent = true;
  s.root = "/alt";
  auto q = p.run({"add", "10.9.0.0/16", "10.0.0.1"}, s);
  REQUIRE(q);
  CHECK(q->view.quiet);
  CHECK(q->view.verbose);
  CHECK(q->persistent);
  CHECK(q->root == "/alt");
}

TEST_CASE("the leading options as route reads them") {
  std::map<CliOpt, int> given{{CliOpt::numeric, 1}, {CliOpt::extend, 2}, {CliOpt::protocol, 1}, {CliOpt::inet6, 1},
                              {CliOpt::root, 1},    {CliOpt::json, 1}};
  std::map<CliOpt, std::vector<std::string>> args{{CliOpt::protocol, {"inet"}}, {CliOpt::root, {"/a", "/b"}}};
  auto g = route_globals(given, args);
  REQUIRE(g);
  CHECK(g->numeric);
  CHECK(g->extend == 2);
  CHECK(g->families == V{"inet", "inet6"});
  CHECK(g->root == "/b");
  CHECK(g->json);
  CHECK_FALSE(g->quiet);
  given[CliOpt::cache] = 1;
  CHECK(route_globals(given, args).error().message == "-C: the kernel has had no IPv4 routing cache since Linux 3.6");
}

}  // namespace lib_route_args_test
