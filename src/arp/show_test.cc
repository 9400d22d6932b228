#include "src/arp/show.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "src/arp/test_world.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_arp_show_test {

TEST_CASE("arp HOST: the illumos line, the name as given, no reverse lookups") {
  ArpWorld w;
  auto o = w.run({"10.0.0.2"});
  CHECK(o.status == 0);
  CHECK(o.out == "10.0.0.2 (10.0.0.2) at 2:0:0:0:0:2\n");
  CHECK(w.names.reverse_lookups == 0);
  CHECK(w.run({"peer.example.com"}).out == "peer.example.com (10.0.0.2) at 2:0:0:0:0:2\n");
  CHECK(w.run({"10.0.0.9"}).out == "10.0.0.9 (10.0.0.9) at 2:42:ac:11:0:2 pub\n");
  auto none = w.run({"10.0.0.77"});
  CHECK(none.status == 1);
  CHECK(none.out == "10.0.0.77 (10.0.0.77) -- no entry\n");
  CHECK(none.errors.empty());
}

TEST_CASE("arp -a: the Net to Media table with proxy_arp rows; one link dump, two neighbour dumps") {
  ArpWorld w;
  w.n.proxy_arp_links = {3};
  auto o = w.run({"-a"});
  CHECK(o.status == 0);
  CHECK(o.out ==
        "Net to Media Table: IPv4\n"
        "Device   IP Address               Mask      Flags      Phys Addr\n"
        "------ -------------------- --------------- -------- ---------------\n"
        "v0     peer                 255.255.255.255 S        02:00:00:00:00:02\n"
        "v0     10.0.0.3             255.255.255.255          02:00:00:00:00:03\n"
        "v0     10.0.0.5             255.255.255.255 U        \n"
        "v0     proxied              255.255.255.255 SP       02:42:ac:11:00:02\n"
        "v1     0.0.0.0              0.0.0.0         SP       02:42:ac:11:00:03\n");
  CHECK(w.k.link_dumps == 1);
  CHECK(w.n.dumps == 1);
  CHECK(w.run({"-an"}).out.find("v0     10.0.0.2 ") != std::string::npos);
}

TEST_CASE("net-tools display: filters, names, unknown interface") {
  ArpWorld w;
  auto all = w.run({});
  CHECK(all.out.find("peer.example.com         ether   02:00:00:00:00:02   CM                    v0\n") !=
        std::string::npos);
  auto one = w.run({"-n", "peer.example.com"});
  CHECK(one.out ==
        "Address                  HWtype  HWaddress           Flags Mask            Iface\n"
        "10.0.0.2                 ether   02:00:00:00:00:02   CM                    v0\n");
  CHECK(w.run({"-a", "10.0.0.3"}).out == "? (10.0.0.3) at 02:00:00:00:00:03 [ether] on v0\n");
  CHECK(w.run({"-a"}, {false, true}).out.find("proxied (10.0.0.9) at <from_interface> PERM PUB on v0\n") !=
        std::string::npos);
  CHECK(w.run({"-i", "v1"}).out == "arp: in 4 entries no match found.\n");
  auto bad = w.run({"-i", "v9"});
  CHECK(bad.status == 1);
  CHECK(bad.errors == std::vector<std::string>{"v9: no such interface"});
  CHECK(w.run({"-e", "nosuch"}).errors == std::vector<std::string>{"nosuch: unknown host"});
}

TEST_CASE("--json: every entry passing the filters, proxy_arp rows, names unless -n") {
  ArpWorld w;
  w.n.proxy_arp_all = true;
  auto j = nlohmann::json::parse(w.run({"-a", "--json"}).out);
  REQUIRE(j["entries"].size() == 5);
  CHECK(j["entries"][0]["hostname"] == "peer.example.com");
  CHECK(j["entries"][4]["whole_interface"] == true);
  CHECK(j["entries"][4]["interface"].is_null());
  auto n = nlohmann::json::parse(w.run({"-n", "--json"}).out);
  CHECK(n["entries"][0]["hostname"].is_null());
  auto q = w.run({"10.0.0.77", "--json"});
  CHECK(q.status == 1);
  CHECK(nlohmann::json::parse(q.out)["entries"].empty());
  auto f = nlohmann::json::parse(w.run({"-i", "v0", "--json", "10.0.0.9"}).out);
  REQUIRE(f["entries"].size() == 1);
  CHECK(f["entries"][0]["published"] == true);
}

TEST_CASE("the display: names only for the rows the line shows, the local domain off the Net to Media table") {
  ArpWorld w;
  auto m = w.model({"-i", "v0", "10.0.0.2"});
  REQUIRE(m);
  CHECK(std::get<ArpShown>(*m).status == 0);
  CHECK(w.display.take().find("peer.example.com ") != std::string::npos);
  CHECK(w.names.reverse_lookups == 1);
  REQUIRE(w.model({"-a"}));
  CHECK(w.display.take().find("v0     peer ") != std::string::npos);
  CHECK(w.model({"-i", "v9"}).error().message == "v9: no such interface");
}

TEST_CASE("Solaris arp HOST without an entry: status 1") {
  ArpWorld w;
  auto m = w.model({"10.0.0.77"});
  REQUIRE(m);
  CHECK(std::get<ArpShown>(*m).status == 1);
  CHECK(w.display.take() == "10.0.0.77 (10.0.0.77) -- no entry\n");
}

}  // namespace src_arp_show_test
