#include "src/arp/change.h"

#include <doctest/doctest.h>

#include "src/arp/test_world.h"

using namespace solnet;
using namespace solnet::fixture;

namespace src_arp_change_test {

TEST_CASE("-s: permanent by default, temp is stale, on the interface of the subnet") {
  ArpWorld w;
  auto o = w.run({"-s", "10.0.0.20", "0:1:2:3:4:5"});
  CHECK(o.status == 0);
  CHECK(o.out.empty());
  const Neighbour* n = w.find("10.0.0.20");
  REQUIRE(n);
  CHECK(n->ifindex == 2);
  CHECK(n->state == NUD_PERMANENT);
  CHECK(n->lladdr == HwAddr{0, 1, 2, 3, 4, 5});
  CHECK(n->protocol == 0);
  w.run({"-s", "10.0.0.21", "0:1:2:3:4:5", "temp"});
  CHECK(w.find("10.0.0.21")->state == NUD_STALE);
  // the longest prefix wins: 10.0.0.129/25 on v1 over 10.0.0.1/24 on v0
  w.run({"-s", "10.0.0.200", "0:1:2:3:4:5"});
  CHECK(w.find("10.0.0.200")->ifindex == 3);
  w.run({"-i", "v1", "-s", "10.0.0.22", "0:1:2:3:4:5"});
  CHECK(w.find("10.0.0.22")->ifindex == 3);
  w.run({"-s", "10.0.0.23", "0:1:2:3:4:5", "dev", "v1"});
  CHECK(w.find("10.0.0.23")->ifindex == 3);
}

TEST_CASE("-s permanent marks the entry; setting it again without the keyword clears the mark") {
  ArpWorld w;
  w.run({"-s", "10.0.0.20", "0:1:2:3:4:5", "permanent"});
  CHECK(w.find("10.0.0.20")->protocol == kAuthorityProtocol);
  CHECK(w.run({"10.0.0.20"}).out == "10.0.0.20 (10.0.0.20) at 0:1:2:3:4:5 permanent\n");
  w.run({"-s", "10.0.0.20", "0:1:2:3:4:6"});
  CHECK(w.find("10.0.0.20")->protocol == 0);
  CHECK(w.find("10.0.0.20")->lladdr == HwAddr{0, 1, 2, 3, 4, 6});
}

TEST_CASE("-s pub: a proxy entry on the interface that has the MAC, or that owns the subnet") {
  ArpWorld w;
  // ether_link(2) has 02:42:ac:11:00:02
  CHECK(w.run({"-s", "10.1.5.5", "2:42:ac:11:0:2", "pub"}).status == 0);
  const Neighbour* p = w.find("10.1.5.5", true);
  REQUIRE(p);
  CHECK(p->ifindex == 2);
  CHECK(w.run({"-s", "10.0.0.30", "2:42:ac:11:0:2", "pub", "permanent"}).status == 0);
  CHECK(w.find("10.0.0.30", true)->protocol == kAuthorityProtocol);
  CHECK(w.run({"-Ds", "10.0.0.31", "v1", "pub"}).status == 0);
  CHECK(w.find("10.0.0.31", true)->ifindex == 3);
}

TEST_CASE("illumos reading: -s pub with a foreign MAC, temp or on a link without ARP is refused") {
  ArpWorld w;
  CHECK(w.refused({"-s", "10.0.0.30", "0:1:2:3:4:5", "pub"}) ==
        "10.0.0.30: cannot publish 00:01:02:03:04:05: Linux answers for published addresses with v0's own "
        "address 02:42:ac:11:00:02");
  CHECK(w.refused({"-s", "10.0.0.30", "2:42:ac:11:0:2", "temp", "pub"}) ==
        "a published entry cannot be temporary: Linux proxy entries never age");
}

TEST_CASE("net-tools reading: -s pub makes the proxy entry as net-tools does, with a warning") {
  ArpWorld w;
  auto o = w.run({"-i", "v1", "-s", "10.0.0.30", "2:42:ac:11:0:2", "pub"});
  CHECK(o.status == 0);
  CHECK(o.notes == std::vector<std::string>{"arp: warning: 10.0.0.30: Linux answers for published addresses with v1's "
                                            "own address 02:42:ac:11:00:03, not 02:42:ac:11:00:02"});
  REQUIRE(w.find("10.0.0.30", true));
  CHECK(w.find("10.0.0.30", true)->ifindex == 3);
  // the Proxy-ARP recipe: -D names the other interface
  CHECK(w.run({"-i", "v0", "-Ds", "10.0.0.31", "v1", "pub"}).status == 0);
  CHECK(w.find("10.0.0.31", true)->ifindex == 2);
  // temp pub: proxy entries never age; on a link without ARP too
  CHECK(w.run({"-i", "v0", "-s", "10.0.0.32", "2:42:ac:11:0:2", "temp", "pub"}).notes.empty());
  CHECK(w.find("10.0.0.32", true));
  CHECK(w.refused({"-i", "lo", "-s", "10.0.0.33", "0:1:2:3:4:5", "pub"}) ==
        "lo: hardware type mismatch: an Ethernet address on a link of another type");
  // without an interface, the kernel looks for the one with the MAC
  CHECK(w.refused({"-n", "-s", "10.0.0.34", "0:1:2:3:4:5", "pub"}) ==
        "10.0.0.34: no interface has 00:01:02:03:04:05 (name one with -i)");
  // ... of the type of the address: lo's zero address is no Ethernet one
  CHECK(w.refused({"-n", "-s", "10.0.0.35", "0:0:0:0:0:0", "pub"}) ==
        "10.0.0.35: no interface has 00:00:00:00:00:00 (name one with -i)");
  // an -f file read the net-tools way
  w.files["/e"] = "10.0.0.35 0:1:2:3:4:5 pub\n";
  auto f = w.run({"-i", "v0", "-f", "/e"});
  CHECK(f.status == 0);
  CHECK(f.notes.size() == 1);
  CHECK(w.find("10.0.0.35", true));
}

TEST_CASE("netmask 0.0.0.0 pub turns proxy_arp on for the interface; -d turns it off") {
  ArpWorld w;
  CHECK(w.run({"-s", "10.0.0.0", "2:42:ac:11:0:2", "netmask", "0.0.0.0", "pub"}).status == 0);
  CHECK(w.n.proxy_arp_names == std::map<std::string, bool>{{"v0", true}});
  CHECK(w.run({"-d", "10.0.0.0", "netmask", "0.0.0.0", "pub"}).out == "No ARP entry for 10.0.0.0\n");
  w.n.proxy_arp_links = {2};
  CHECK(w.run({"-d", "10.0.0.0", "netmask", "0.0.0.0", "pub"}).status == 0);
  CHECK(w.n.proxy_arp_names["v0"] == false);
}

TEST_CASE("-d: illumos deletes every entry of the address and says so") {
  ArpWorld w;
  w.n.entries.push_back(neigh("10.0.0.9", 2, mac(9), NUD_STALE));
  auto o = w.run({"-d", "10.0.0.9"});
  CHECK(o.status == 0);
  CHECK(o.out == "10.0.0.9 (10.0.0.9) deleted\n");
  CHECK_FALSE(w.find("10.0.0.9"));
  CHECK_FALSE(w.find("10.0.0.9", true));
  auto again = w.run({"-d", "10.0.0.9"});
  CHECK(again.status == 1);
  CHECK(again.out == "10.0.0.9 (10.0.0.9) -- no entry\n");
}

TEST_CASE("-d in net-tools form: pub, priv, -i; silent, or No ARP entry") {
  ArpWorld w;
  w.n.entries.push_back(neigh("10.0.0.9", 2, mac(9), NUD_STALE));
  CHECK(w.run({"-d", "10.0.0.9", "pub"}).out.empty());
  CHECK(w.find("10.0.0.9"));
  CHECK_FALSE(w.find("10.0.0.9", true));
  CHECK(w.run({"-i", "v1", "-d", "10.0.0.9"}).out == "No ARP entry for 10.0.0.9\n");
  CHECK(w.run({"-d", "10.0.0.9", "priv"}).status == 0);
  CHECK_FALSE(w.find("10.0.0.9"));
}

TEST_CASE("-d in net-tools form without pub or priv: the unpublished entry, else the published one") {
  ArpWorld w;
  w.n.entries.push_back(neigh("10.0.0.9", 2, mac(9), NUD_STALE));
  CHECK(w.run({"-n", "-d", "10.0.0.9"}).status == 0);
  CHECK_FALSE(w.find("10.0.0.9"));
  CHECK(w.find("10.0.0.9", true));
  CHECK(w.run({"-n", "-d", "10.0.0.9"}).status == 0);
  CHECK_FALSE(w.find("10.0.0.9", true));
}

TEST_CASE("changes refused whole, nothing changed: bad input, kernel refusal, no privilege") {
  ArpWorld w;
  CHECK(w.refused({"-s", "10.0.0.20", "zz:1:2:3:4:5"}) == "zz:1:2:3:4:5: invalid link layer address");
  CHECK(w.refused({"-s", "10.0.0.20", "0:1:2:3:4"}) == "0:1:2:3:4: invalid link layer address");
  CHECK(w.refused({"-s", "nosuch", "0:1:2:3:4:5"}) == "nosuch: unknown host");
  CHECK(w.refused({"-s", "10.9.0.1", "0:1:2:3:4:5"}) == "10.9.0.1: no interface on its subnet (name one with -i)");
  CHECK(w.refused({"-i", "v9", "-s", "10.0.0.20", "0:1:2:3:4:5"}) == "v9: no such interface");
  CHECK(w.refused({"-Ds", "10.0.0.20", "v9"}) == "v9: no such interface");
  CHECK(w.refused({"-i", "lo", "-s", "10.0.0.20", "0:1:2:3:4:5"}) == "lo: hardware type mismatch: an Ethernet address on a link of another type");
  CHECK(w.refused({"-H", "arcnet", "-s", "10.0.0.20", "1"}) == "arcnet: only ether entries can be set");
  CHECK(w.refused({"-d", "nosuch"}) == "nosuch: unknown host");
  CHECK(w.refused({"-s", "10.0.0.20"}) == "no hardware address for -s 10.0.0.20");
  w.n.refuse = "Invalid argument: refused";
  CHECK(w.refused({"-s", "10.0.0.20", "0:1:2:3:4:5"}) == "10.0.0.20: Invalid argument: refused");
  w.n.refuse.reset();
  w.privileged = false;
  CHECK(w.refused({"-s", "10.0.0.20", "0:1:2:3:4:5"}) == "10.0.0.20: permission denied");
  CHECK(w.refused({"-d", "10.0.0.2"}) == "10.0.0.2: permission denied");
  CHECK(w.refused({"-s", "10.0.0.0", "2:42:ac:11:0:2", "netmask", "0.0.0.0", "pub"}) ==
        "10.0.0.0: permission denied");
  // display works for anyone
  CHECK(w.run({"-a"}).status == 0);
}

TEST_CASE("-f: each bad line reported with its number, the rest applied") {
  ArpWorld w;
  w.files["/e"] =
      "# entries\n"
      "10.0.0.40 2:0:0:0:0:40\n"
      "02:00:00:00:00:41 10.0.0.41\n"
      "lonely\n"
      "10.0.0.42 zz\n"
      "10.0.0.43 2:0:0:0:0:43 temp\n"
      "10.0.0.44 2:0:0:0:0:44 bogus\n"
      "10.9.9.9 2:0:0:0:0:45\n";
  auto o = w.run({"-f", "/e"});
  CHECK(o.status == 1);
  CHECK(o.out.empty());
  CHECK(o.errors == std::vector<std::string>{"/e:4: lonely: expected HOST MAC [keywords]",
                                             "/e:5: zz: invalid link layer address",
                                             "/e:7: bogus: unknown keyword",
                                             "/e:8: 10.9.9.9: no interface on its subnet (name one with -i)"});
  CHECK(w.find("10.0.0.40"));
  CHECK(w.find("10.0.0.41"));
  CHECK(w.find("10.0.0.43")->state == NUD_STALE);
  CHECK_FALSE(w.find("10.0.0.44"));
  CHECK(w.k.link_dumps == 1);
  CHECK(w.k.addr_dumps == 1);

  w.files["/ok"] = "10.0.0.50 2:0:0:0:0:50\n";
  CHECK(w.run({"-f", "/ok"}).status == 0);
  CHECK(w.run({"-f", "/missing"}).errors == std::vector<std::string>{"/missing: No such file or directory"});
  w.privileged = false;
  CHECK(w.refused({"-f", "/ok"}) == "/ok: permission denied");
}

TEST_CASE("the models of -d and -f: entries deleted, each line's result") {
  ArpWorld w;
  w.n.entries.push_back(neigh("10.0.0.9", 2, mac(9), NUD_STALE));
  CHECK(std::get<ArpDeleted>(*w.model({"-d", "10.0.0.9"})).removed == 2);
  CHECK(std::get<ArpDeleted>(*w.model({"-d", "10.0.0.9"})).removed == 0);
  w.files["/e"] = "10.0.0.40 2:0:0:0:0:40\n# x\nlonely\n";
  auto f = std::get<ArpFileSet>(*w.model({"-f", "/e"}));
  CHECK(f.path == "/e");
  REQUIRE(f.lines.size() == 2);
  CHECK(f.lines[0].number == 1);
  CHECK_FALSE(f.lines[0].error);
  CHECK(f.lines[1].number == 3);
  CHECK(f.lines[1].error->message == "lonely: expected HOST MAC [keywords]");
}

TEST_CASE("net-tools reading, unpublished: the interface of the kernel's link route, never a local address") {
  ArpWorld w;
  // -D names where the MAC comes from; the entry goes to the subnet's link
  CHECK(w.run({"-Ds", "10.0.0.40", "v1"}).status == 0);
  REQUIRE(w.find("10.0.0.40"));
  CHECK(w.find("10.0.0.40")->ifindex == 2);
  CHECK(w.find("10.0.0.40")->lladdr == HwAddr{0x02, 0x42, 0xac, 0x11, 0x00, 0x03});
  CHECK(w.refused({"-n", "-s", "10.0.0.1", "0:1:2:3:4:5"}) == "10.0.0.1: is a local address (name an interface with -i)");
  CHECK(w.refused({"-s", "10.0.0.1", "0:1:2:3:4:5"}) == "10.0.0.1: is a local address (name an interface with -i)");
}

TEST_CASE("net-tools reading, unpublished: the MAC must be of the type of the link the entry goes to") {
  ArpWorld w;
  // lo's address on v0, where the route to 10.0.0.43 goes: SIOCSARP's EINVAL
  CHECK(w.refused({"-D", "-s", "10.0.0.43", "lo"}) ==
        "v0: hardware type mismatch: lo's address on a link of another type");
  CHECK_FALSE(w.find("10.0.0.43"));
  CHECK(w.run({"-D", "-s", "10.0.0.43", "v1"}).status == 0);
}

TEST_CASE("net-tools reading: -D takes an alias name as its link's; -H must match the -D interface") {
  ArpWorld w;
  CHECK(w.run({"-i", "v0", "-Ds", "10.0.0.41", "v1:0", "pub"}).status == 0);
  REQUIRE(w.find("10.0.0.41", true));
  CHECK(w.find("10.0.0.41", true)->ifindex == 2);
  CHECK(w.refused({"-i", "v0:1", "-Ds", "10.0.0.41", "v1", "pub"}) == "v0:1: no such interface");
  CHECK(w.refused({"-H", "ax25", "-Ds", "10.0.0.42", "v1", "pub"}) == "v1: protocol type mismatch: not an ax25 interface");
  CHECK(w.run({"-H", "ether", "-Ds", "10.0.0.42", "v1", "pub"}).status == 0);
}

}  // namespace src_arp_change_test
