#include "lib/arp/present.h"

#include <doctest/doctest.h>

#include "lib/arp/display.h"
#include "lib/arp/keywords.h"
#include "lib/arp/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_arp_present_test {

namespace {

ArpArgs line(ArpMode mode, bool net_tools, const char* host = nullptr) {
  ArpArgs a;
  a.mode = mode;
  a.net_tools = net_tools;
  if (host) a.host = ArpHost{host, ip("10.0.0.2")};
  return a;
}

ArpArgs change(ArpMode mode, bool net_tools) {
  ArpArgs a = line(mode, net_tools);
  a.change.emplace();
  a.change->host = ArpHost{"peer", ip("10.0.0.2")};
  return a;
}

std::vector<ArpEntry> table() {
  std::vector<ArpEntry> es = {entry("10.0.0.2", "v0", mac(2), NUD_PERMANENT), entry("10.0.0.3", "v0", mac(3), NUD_REACHABLE)};
  es[0].hostname = "peer.example.com";
  return es;
}

// The rows through ArpDisplay, then what present_arp adds, as cmd/arp.cc
// writes them.
Output present(const std::vector<ArpEntry>& entries, const ArpArgs& a) {
  std::string rows;
  ArpDisplay d(a, rows, "example.com");
  for (const auto& e : entries) d.row(e);
  Output o = present_arp(ArpShown{d.end()}, a);
  o.out = rows + o.out;
  return o;
}

}  // namespace

TEST_CASE("displays: the illumos line, the Net to Media table, net-tools' table, JSON") {
  auto q = present(table(), line(ArpMode::query, false, "peer"));
  CHECK(q.out == "peer (10.0.0.2) at 2:0:0:0:0:2\n");
  CHECK(q.status == 0);
  auto t = present(table(), line(ArpMode::table, false));
  CHECK(t.out.find("v0     peer                 255.255.255.255 S        02:00:00:00:00:02\n") != std::string::npos);
  auto l = present(table(), line(ArpMode::list, true));
  CHECK(l.out.find("peer.example.com         ether   02:00:00:00:00:02   CM                    v0\n") !=
        std::string::npos);
  auto j = line(ArpMode::list, true);
  j.json = true;
  CHECK(present(table(), j).out.rfind("{\"entries\":[{", 0) == 0);
}

TEST_CASE("arp HOST without an entry: the illumos line on stdout, status 1; JSON: no entries, status 1") {
  const std::vector<ArpEntry> none;
  auto q = present(none, line(ArpMode::query, false, "peer"));
  CHECK(q.out == "peer (10.0.0.2) -- no entry\n");
  CHECK(q.status == 1);
  CHECK(q.errors.empty());
  auto j = line(ArpMode::query, false, "peer");
  j.json = true;
  auto jo = present(none, j);
  CHECK(jo.out == "{\"entries\":[],\"schema_version\":1}\n");
  CHECK(jo.status == 1);
}

TEST_CASE("-s prints nothing; -d says what it deleted in illumos' words, and what it did not find") {
  CHECK(present_arp(ArpSet{}, change(ArpMode::set, false)).out.empty());
  CHECK(present_arp(ArpDeleted{2}, change(ArpMode::del, false)).out == "peer (10.0.0.2) deleted\n");
  CHECK(present_arp(ArpDeleted{1}, change(ArpMode::del, true)).out.empty());
  auto sol = present_arp(ArpDeleted{0}, change(ArpMode::del, false));
  CHECK(sol.out == "peer (10.0.0.2) -- no entry\n");
  CHECK(sol.status == 1);
  auto nt = present_arp(ArpDeleted{0}, change(ArpMode::del, true));
  CHECK(nt.out == "No ARP entry for peer\n");
  CHECK(nt.status == 1);
}

TEST_CASE("-f: each refused line with the file and its number, status 1 when any") {
  ArpFileSet f{"/e\x01", {{2, std::nullopt}, {4, error("lonely: expected HOST MAC [keywords]")}, {5, error("x")}}, {}};
  auto o = present_arp(f, line(ArpMode::file, false));
  CHECK(o.out.empty());
  CHECK(o.errors == std::vector<std::string>{"/e\\x01:4: lonely: expected HOST MAC [keywords]", "/e\\x01:5: x"});
  CHECK(o.status == 1);
  CHECK(present_arp(ArpFileSet{"/e", {{1, std::nullopt}}, {}}, line(ArpMode::file, false)).status == 0);
}

TEST_CASE("--help: the usage from the tables") {
  CHECK(present_arp(ArpUsage{}, line(ArpMode::help, false)).out == arp_usage());
}

}  // namespace lib_arp_present_test
