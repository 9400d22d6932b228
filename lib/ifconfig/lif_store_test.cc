#include "lib/ifconfig/lif_store.h"

#include <sys/socket.h>

#include <doctest/doctest.h>

using namespace solnet;

namespace lib_ifconfig_lif_store_test {

static InetAddr ip(const char* s) { return *parse_inet(s); }

static StoreDoc sample() {
  StoreDoc d;
  auto& l = d.get(3, "v0");
  l.lifs.push_back({AF_INET, 4, false, ip("10.0.0.9"), 24, ip("10.0.0.255"), std::nullopt, 5, 0x8000});
  l.lifs.push_back(installed_record(AF_INET, 7, ip("10.0.0.7"), 0));
  l.lifs.push_back(installed_record(AF_INET6, 2, ip("2001:db8::2"), 0x8000));
  d.get(9, "tap0").inet_unplumbed = true;
  d.get(9, "tap0").flags6 = 0x8000;
  d.get(9, "tap0").physical6 = ip("fe80::1");
  d.get(9, "tap0").lifs.push_back({AF_INET, 8, false, {}, 0, std::nullopt, std::nullopt, 0, 0, true});  // up, no address
  return d;
}

TEST_CASE("store documents round-trip through JSON") {
  auto d = sample();
  auto back = store_from_json(store_to_json(d));
  REQUIRE(back);
  CHECK(*back == d);
}

TEST_CASE("unreadable stores are errors, not silently empty") {
  CHECK_FALSE(store_from_json(""));
  CHECK_FALSE(store_from_json("{\"version\":2,\"links\":[]}"));
  CHECK_FALSE(store_from_json("{\"version\":1,\"links\":[{\"index\":\"x\"}]}"));
  CHECK(store_from_json("{\"version\":1,\"links\":[]}")->links.empty());
}

TEST_CASE("get adds once, find tells links apart by index and name") {
  StoreDoc d;
  d.get(3, "v0");
  d.get(3, "v0");
  CHECK(d.links.size() == 1);
  CHECK(d.find(3, "v0"));
  CHECK_FALSE(d.find(3, "v1"));
  CHECK_FALSE(d.find(4, "v0"));
}

TEST_CASE("reconcile drops installed records the kernel lost, keeps down ones") {
  auto d = sample();
  auto& l = d.links[0];
  Addr still;
  still.family = AF_INET;
  still.ifindex = 3;
  still.local = ip("10.0.0.8");
  reconcile_link(l, std::vector<Addr>{still}, true, false);
  REQUIRE(l.lifs.size() == 2);
  CHECK(l.lifs[0].unit == 4);   // not installed: kept
  CHECK(l.lifs[1].family == AF_INET6);  // family not read: kept
  reconcile_link(l, {}, true, true);
  CHECK(l.lifs.size() == 1);
}

TEST_CASE("reconcile drops links that are gone or renamed") {
  auto d = sample();
  Link v0;
  v0.index = 3;
  v0.name = "v0";
  Link renamed;
  renamed.index = 9;
  renamed.name = "tap1";
  reconcile_links(d, {v0, renamed});
  REQUIRE(d.links.size() == 1);
  CHECK(d.links[0].name == "v0");
}

TEST_CASE("reconcile drops the stored IPv6 physical address when the kernel lost it") {
  StoredLink l;
  l.index = 3;
  l.physical6 = ip("fe80::1");
  Addr ll;
  ll.family = AF_INET6;
  ll.ifindex = 3;
  ll.local = ip("fe80::1");
  reconcile_link(l, std::vector<Addr>{ll}, false, true);
  CHECK(l.physical6 == ip("fe80::1"));
  reconcile_link(l, {}, true, false);
  CHECK(l.physical6 == ip("fe80::1"));  // IPv6 not read: kept
  reconcile_link(l, {}, false, true);
  CHECK_FALSE(l.physical6.family);
}

TEST_CASE("an installed record keeps its unit, address and flags; the kernel the rest") {
  const std::string text = store_to_json(sample());
  CHECK(text.find("\"address\": \"2001:db8::2\"") != std::string::npos);
  auto back = store_from_json(text);
  REQUIRE(back);
  const StoredLif& pin = back->links[0].lifs[2];
  CHECK(pin.installed);
  CHECK(pin.unit == 2);
  CHECK(pin.flags == 0x8000);
  CHECK(pin.prefixlen == 0);
  // a down one keeps everything
  CHECK(back->links[0].lifs[0].prefixlen == 24);
  CHECK(back->links[0].lifs[0].metric == 5);
}

TEST_CASE("names that are not UTF-8 round-trip, escaped as %XX") {
  StoreDoc d;
  d.get(3, std::string("e\xff%", 3)).inet_unplumbed = true;
  d.usesrc.push_back({3, std::string("e\xff%", 3), 4, "v 1"});
  const std::string text = store_to_json(d);
  CHECK(text.find("\"e%FF%25\"") != std::string::npos);
  CHECK(text.find("\"v%201\"") != std::string::npos);
  auto back = store_from_json(text);
  REQUIRE(back);
  CHECK(*back == d);
}

TEST_CASE("wrong types and out-of-range values make the store unreadable, never an exception") {
  auto problem = [](const std::string& text) {
    auto r = store_from_json(text);
    return r ? std::string("readable") : r.error().message;
  };
  const std::string lif = R"({"family":"inet","unit":1,"installed":false,"address":"10.0.0.2","prefixlen":24})";
  auto with_lif = [&](const std::string& l) {
    return R"({"version":1,"links":[{"index":2,"name":"v0","lifs":[)" + l + "]}]}";
  };
  CHECK(problem(with_lif(lif)) == "readable");
  CHECK(problem("{\"version\": null}") == "store: version not a non-negative integer");
  CHECK(problem("{\"version\": [1]}") == "store: version not a non-negative integer");
  CHECK(problem("{\"version\": 1.5, \"links\": []}") == "store: version not a non-negative integer");
  CHECK(problem("[1]") == "store: not an object");
  CHECK(problem("{\"version\": 1, \"links\": {}}") == "store: links not an array");
  CHECK(problem("{\"version\": 1, \"links\": [], \"netns_cookie\": -1}") ==
        "store: netns_cookie not a non-negative integer");
  CHECK(problem(with_lif(R"({"family":"inet","unit":1,"installed":false,"address":"10.0.0.2","prefixlen":99})")) ==
        "link 0 lif 0: prefixlen 99 out of range");
  CHECK(problem(with_lif(R"({"family":"inet","unit":4294967295,"installed":false,"address":null})")) ==
        "link 0 lif 0: unit 4294967295 out of range");
  CHECK(problem(with_lif(R"({"family":"inet","unit":1,"installed":"yes","address":null})")) ==
        "link 0 lif 0: installed not true or false");
  CHECK(problem(with_lif(R"({"family":"inet","unit":1,"installed":false,"address":"2001:db8::1"})")) ==
        "link 0 lif 0: address not an address of its family");
  CHECK(problem(with_lif(R"({"family":"ipx","unit":1,"installed":false,"address":null})")) ==
        "link 0 lif 0: family neither inet nor inet6");
  CHECK(problem(R"({"version":1,"links":[{"index":0,"name":"v0","lifs":[]}]})") == "link 0: index 0 out of range");
  CHECK(problem(R"({"version":1,"links":[{"index":2,"name":"0123456789abcdef","lifs":[]}]})") ==
        "link 0: name not an interface name");
  CHECK(problem(R"({"version":1,"links":[{"index":2,"name":"v%F","lifs":[]}]})") == "link 0: name not an interface name");
  CHECK(problem(R"({"version":1,"links":[],"usesrc":[{"index":2,"name":"v0","source_index":"3","source_name":"v1"}]})") ==
        "usesrc 0: source_index not a non-negative integer");
}

}  // namespace lib_ifconfig_lif_store_test
