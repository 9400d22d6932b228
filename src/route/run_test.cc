#include "src/route/run.h"

#include <doctest/doctest.h>
#include <errno.h>
#include <sys/stat.h>

#include "src/route/test_world.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_route_run_test {

namespace {

using V = std::vector<std::string>;

struct Run {
  RouteWorld w;
  TempDir dir;
  Run() { w.env.static_routes = dir.path + "/etc/inet/static_routes"; }

  RouteInvocation parsed(V words, RouteGlobals g = {}) {
    auto inv = parse_route(g, words, w.names, [&](const std::string& phys) {
      auto l = w.kernel.link(phys);
      return l && l->has_value();
    });
    REQUIRE_MESSAGE(inv, (inv ? "" : inv.error().message));
    return *inv;
  }
  StringSink display;
  RouteOutcome run(V words, RouteGlobals g = {}) {
    auto o = run_route(w.env, parsed(words, g), [](const MonitorEvent&) { return false; }, display);
    REQUIRE_MESSAGE(o, (o ? "" : o.error().message));
    return *o;
  }
};

template <class T>
bool is(const RouteStep& s) {
  return std::holds_alternative<T>(s);
}

RouteGlobals persistent(std::optional<std::string> root = std::nullopt) {
  RouteGlobals g;
  g.persistent = true;
  g.root = std::move(root);
  return g;
}

}  // namespace

TEST_CASE("displays are written as they are read; net-tools changes are one step") {
  Run r;
  CHECK(r.run({}).steps.empty());
  CHECK(r.display.take().starts_with("Kernel IP routing table\n"));
  CHECK(r.run({"--json"}).steps.empty());
  CHECK(r.display.take().starts_with("{\"routes\":["));
  auto n = r.run({"add", "-net", "10.9.0.0/16", "gw", "172.16.3.200"});
  REQUIRE(n.steps.size() == 1);
  CHECK_FALSE(std::get<ChangeDone>(n.steps[0]).refusal);
  r.w.routes.refuse = KernelError{EINVAL, ""};
  CHECK(std::get<ChangeDone>(r.run({"add", "-net", "10.8.0.0/16", "gw", "172.16.3.200"}).steps[0]).refusal);
}

TEST_CASE("-f flushes before the verb") {
  Run r;
  r.w.routes.routes_.push_back(route4("10.9.0.0", 16, "172.16.3.200"));
  RouteGlobals f;
  f.flush = true;
  auto o = r.run({"add", "10.8.0.0/16", "172.16.3.200"}, f);
  REQUIRE(o.steps.size() == 2);
  CHECK(std::get<FlushDone>(o.steps[0]).routes.size() == 1);
  CHECK(is<ChangeDone>(o.steps[1]));
  CHECK(r.w.routes.changes.front().how == RouteChange::del);
  CHECK(r.run({}, f).steps.size() == 1);  // -f alone
}

TEST_CASE("-p records what the kernel took, had or no longer has, and then the file decides the status") {
  Run r;
  auto o = r.run({"add", "10.9.0.0/16", "172.16.3.200"}, persistent());
  REQUIRE(o.steps.size() == 2);
  CHECK(o.status_from == 1);
  CHECK_FALSE(std::get<PersistAdded>(o.steps[1]).exists);
  auto again = r.run({"add", "10.9.0.0/16", "172.16.3.200"}, persistent());
  REQUIRE(again.steps.size() == 2);
  CHECK(std::get<ChangeDone>(again.steps[0]).refusal->errnum == EEXIST);
  CHECK(std::get<PersistAdded>(again.steps[1]).exists);
  r.w.routes.refuse = KernelError{EINVAL, ""};
  auto refused = r.run({"add", "10.8.0.0/16", "172.16.3.200"}, persistent());
  CHECK(refused.steps.size() == 1);  // the kernel refused: the file is left alone
  r.w.routes.refuse.reset();
  auto gone = r.run({"delete", "10.7.0.0/16", "172.16.3.200"}, persistent());
  REQUIRE(gone.steps.size() == 2);
  CHECK(std::get<PersistRemoved>(gone.steps[1]).removed.empty());
}

TEST_CASE("-p -R DIR changes DIR's file alone; -p -f flushes both") {
  Run r;
  TempDir alt;
  auto o = r.run({"add", "10.9.0.0/16", "172.16.3.200"}, persistent(alt.path));
  REQUIRE(o.steps.size() == 1);
  CHECK(is<PersistAdded>(o.steps[0]));
  CHECK(r.w.routes.changes.empty());
  struct stat st {};
  CHECK(stat((alt.path + r.w.env.static_routes).c_str(), &st) == 0);
  RouteGlobals pf = persistent();
  pf.flush = true;
  auto f = r.run({}, pf);
  REQUIRE(f.steps.size() == 2);
  CHECK(is<FlushDone>(f.steps[0]));
  CHECK(is<PersistRemoved>(f.steps[1]));
  CHECK(f.status_from == 0);
}

TEST_CASE("-p show lists the file; a file that cannot be read is the only result") {
  Run r;
  CHECK(std::get<PersistListed>(r.run({"show"}, persistent()).steps.at(0)).lines.empty());
  REQUIRE(mkdir((r.dir.path + "/etc").c_str(), 0755) == 0);
  REQUIRE(mkdir((r.dir.path + "/etc/inet").c_str(), 0755) == 0);
  REQUIRE(mkdir(r.w.env.static_routes.c_str(), 0755) == 0);  // a directory where the file should be
  RouteGlobals pf = persistent();
  pf.flush = true;
  auto o = r.run({"show"}, pf);
  REQUIRE(o.steps.size() == 2);
  CHECK(is<FlushDone>(o.steps[0]));
  CHECK(std::get<Error>(o.steps[1]).message.find(": not a regular file") != std::string::npos);
}

TEST_CASE("monitor hands each event on while the sink wants more") {
  struct Talking : FakeRouteKernel {
    Status monitor(int family, const std::function<bool(const MonitorEvent&)>& fn) override {
      MonitorEvent e;
      e.route.family = family;
      while (fn(e)) ++sent;
      return {};
    }
    int sent = 0;
  } talking;
  RouteWorld w;
  RouteEnv env{w.kernel, w.store, talking, w.names, true, ""};
  Run r;
  int seen = 0;
  auto o = run_route(env, r.parsed({"monitor", "-inet6"}), [&](const MonitorEvent& e) {
    CHECK(e.route.family == AF_INET6);
    return ++seen < 3;
  }, r.display);
  REQUIRE(o);
  CHECK(o->steps.empty());
  CHECK(seen == 3);
  CHECK_FALSE(run_route(r.w.env, r.parsed({"monitor"}), [](const MonitorEvent&) { return true; }, r.display));
}

}  // namespace src_route_run_test
