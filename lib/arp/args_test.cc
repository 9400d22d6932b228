#include "lib/arp/args.h"

#include <net/if_arp.h>

#include <doctest/doctest.h>

#include "lib/common/fake_names.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_arp_args_test {

namespace {

using W = std::vector<std::string>;

FakeNames names() {
  FakeNames n;
  n.hosts = {{"10.0.0.5", "host1"}, {"10.0.0.6", "h"}, {"10.0.0.7", "-a"}};
  return n;
}

ArpArgs ok(W w, ArpGlobals g = {}) {
  auto n = names();
  auto r = parse_arp_args(w, g, n);
  INFO(std::string(w.empty() ? "" : w[0]));
  REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
  return *r;
}

std::string bad(W w) {
  auto n = names();
  auto r = parse_arp_args(w, {}, n);
  REQUIRE_FALSE(r);
  return r.error().message;
}

const HwAddr& mac(const ArpArgs& a) { return std::get<HwAddr>(*a.change->hw); }

}  // namespace

TEST_CASE("lines illumos arp accepts are read the illumos way") {
  auto q = ok({"host1"});
  CHECK(q.mode == ArpMode::query);
  CHECK_FALSE(q.net_tools);
  CHECK(q.host->word == "host1");
  CHECK(q.host->addr.str() == "10.0.0.5");

  auto t = ok({"-a"});
  CHECK(t.mode == ArpMode::table);
  CHECK_FALSE(t.net_tools);
  CHECK(ok({"-an"}).mode == ArpMode::table);
  CHECK(ok({"-n", "-a"}).numeric);

  auto d = ok({"-d", "host1"});
  CHECK(d.mode == ArpMode::del);
  CHECK_FALSE(d.net_tools);
  CHECK(d.change->host.word == "host1");
  CHECK_FALSE(d.change->hw);

  auto s = ok({"-s", "10.0.0.2", "0:1:2:3:4:5", "pub", "trail"});
  CHECK(s.mode == ArpMode::set);
  CHECK_FALSE(s.net_tools);
  CHECK(s.change->host.addr.str() == "10.0.0.2");
  CHECK(mac(s) == HwAddr{0, 1, 2, 3, 4, 5});
  CHECK(s.change->pub);
  CHECK_FALSE(s.change->temp);
  CHECK(ok({"-s", "10.0.0.2", "0:1:2:3:4:5", "temp"}).change->temp);
  CHECK(ok({"-f", "/tmp/x"}).mode == ArpMode::file);
}

TEST_CASE("illumos compares temp, pub and trail by prefix, permanent exactly") {
  auto s = ok({"-s", "h", "0:1:2:3:4:5", "publish", "permanent"});
  CHECK_FALSE(s.net_tools);
  CHECK(s.change->pub);
  CHECK(s.change->permanent);
  CHECK(ok({"-s", "h", "0:1:2:3:4:5", "temporary"}).change->temp);
  CHECK(bad({"-s", "h", "0:1:2:3:4:5", "permanently"}) == "permanently: unknown keyword (did you mean permanent?)");
}

TEST_CASE("anything else is net-tools") {
  auto l = ok({});
  CHECK(l.mode == ArpMode::list);
  CHECK(l.net_tools);
  CHECK_FALSE(l.bsd);

  CHECK(ok({"-n"}).mode == ArpMode::list);
  auto nh = ok({"-n", "host1"});  // illumos: -n only with -a
  CHECK(nh.mode == ArpMode::list);
  CHECK(nh.host->word == "host1");

  auto bsd = ok({"-a", "host1"});
  CHECK(bsd.mode == ArpMode::list);
  CHECK(bsd.bsd);

  auto ai = ok({"-a", "-i", "v0"});
  CHECK(ai.mode == ArpMode::list);
  CHECK(ai.bsd);
  CHECK(ai.device == "v0");

  CHECK_FALSE(ok({"-ae"}).bsd);
  CHECK(ok({"-e"}).mode == ArpMode::list);
  CHECK(ok({"-v"}).verbose);
  CHECK(ok({"-d", "h", "pub"}).net_tools);
  CHECK(ok({"-s", "h", "0:1:2:3:4:5", "dev", "v0"}).net_tools);
  CHECK(ok({"-f"}).file == "/etc/ethers");
  CHECK(ok({"-f"}).net_tools);
  CHECK_FALSE(ok({"-f", "/tmp/x"}).net_tools);
  CHECK(ok({"--numeric"}).net_tools);
}

TEST_CASE("--net-tools reads illumos lines the net-tools way") {
  auto a = ok({"-a"}, {false, true});
  CHECK(a.mode == ArpMode::list);
  CHECK(a.bsd);
  auto h = ok({"host1"}, {false, true});
  CHECK(h.mode == ArpMode::list);
  CHECK(h.host->word == "host1");
  CHECK(ok({"-d", "h"}, {false, true}).net_tools);
}

TEST_CASE("getopt_long details: clusters, glued arguments, long prefixes, options anywhere") {
  auto a = ok({"-iv0", "-Hether", "-n"});
  CHECK(a.device == "v0");
  CHECK(a.hw.type->arphrd == ARPHRD_ETHER);
  CHECK(ok({"--dev=v0"}).device == "v0");
  CHECK(ok({"--device", "v0"}).device == "v0");
  auto d = ok({"-d", "h", "-i", "v0"});
  CHECK(d.mode == ArpMode::del);
  CHECK(d.device == "v0");
  auto ds = ok({"-Ds", "h", "v0", "pub"});
  CHECK(ds.hw.use_device);
  CHECK(std::get<ArpDeviceMac>(*ds.change->hw).ifname == "v0");
  CHECK(ds.net_tools);
  CHECK(ok({"-p", "inet"}).mode == ArpMode::list);
  CHECK(ok({"-t", "ether"}).hw.type->name == "ether");
  CHECK(ok({"--", "-a"}).host->word == "-a");
  CHECK(ok({"-h"}).mode == ArpMode::help);
  CHECK(ok({"-a", "--json"}).json);
  CHECK(ok({"-a"}, {true, false}).json);
}

TEST_CASE("set keywords: pub and priv, netmask, dev") {
  auto s = ok({"-s", "h", "0:1:2:3:4:5", "pub", "priv"});
  CHECK_FALSE(s.change->pub);
  auto w = ok({"-s", "h", "0:1:2:3:4:5", "netmask", "0.0.0.0", "pub"});
  CHECK(w.change->whole_link);
  CHECK_FALSE(ok({"-s", "h", "0:1:2:3:4:5", "netmask", "255.255.255.255"}).change->whole_link);
  auto d = ok({"-d", "h", "pub", "priv"});
  CHECK(d.change->pub);
  CHECK(d.change->priv);
  CHECK(ok({"-d", "h", "dev", "v0"}).change->dev == "v0");
}

TEST_CASE("bad lines: one message each") {
  CHECK(bad({"-x"}) == "-x: unknown option");
  CHECK(bad({"--bogus"}) == "--bogus: unknown option");
  CHECK(bad({"--h"}) == "--h: unknown option");  // --help or --hw-type
  CHECK(bad({"--jsn"}) == "--jsn: unknown option (did you mean --json?)");
  CHECK(bad({"--nmueric"}) == "--nmueric: unknown option (did you mean --numeric?)");
  CHECK(bad({"--net-tool=x"}) == "--net-tool=x: unknown option (did you mean --net-tools?)");
  CHECK(bad({"-s", "h", "0:1:2:3:4:5", "tmep"}) == "tmep: unknown keyword (did you mean temp?)");
  CHECK(bad({"-i"}) == "no argument for -i");
  CHECK(bad({"--device"}) == "no argument for --device");
  CHECK(bad({"--numeric=1"}) == "--numeric=1: --numeric takes no argument");
  CHECK(bad({"-H", "foo"}) == "foo: unknown hardware type");
  CHECK(bad({"-H", "loop"}) == "loop: hardware type without ARP support");
  CHECK(bad({"-A", "inet6"}) == "inet6: address family not supported (ARP is inet only)");
  CHECK(bad({"-a", "-d", "h"}) == "-a and -d cannot be used together");
  CHECK(bad({"-s"}) == "no host for -s");
  CHECK(bad({"-s", "h"}) == "no hardware address for -s h");
  CHECK(bad({"-Ds", "h"}) == "no interface for -Ds h");
  CHECK(bad({"-d"}) == "no host for -d");
  CHECK(bad({"-s", "h", "0:1:2:3:4:5", "bogus"}) == "bogus: unknown keyword");
  CHECK(bad({"-s", "h", "0:1:2:3:4:5", "netmask"}) == "no argument for netmask");
  CHECK(bad({"-s", "h", "0:1:2:3:4:5", "netmask", "255.255.255.0", "pub"}) ==
        "netmask 255.255.255.0: Linux publishes one address (255.255.255.255) or a whole interface (0.0.0.0)");
  CHECK(bad({"-s", "h", "0:1:2:3:4:5", "netmask", "0.0.0.0"}) == "netmask 0.0.0.0 needs pub");
  CHECK(bad({"-s", "h", "0:1:2:3:4:5", "netmask", "x"}) == "x: bad netmask");
  CHECK(bad({"-s", "h", "0:1:2:3:4:5", "temp", "permanent"}) == "temp and permanent cannot be used together");
  CHECK(bad({"-d", "h", "temp"}) == "temp cannot be used with -d");
  CHECK(bad({"-n", "-D"}) == "-D applies to -s and -f only");
  CHECK(bad({"-d", "h", "--json"}) == "--json applies to display only");
  CHECK(bad({"-s", "h\x01", "0:1:2:3:4:5", "b\x02"}) == "b\\x02: unknown keyword");
}

TEST_CASE("hosts and hardware addresses are typed by the parser, after every other check") {
  auto s = ok({"-s", "h", "00-11-22-33-44-55", "temp"});
  CHECK(s.change->host.addr.str() == "10.0.0.6");
  CHECK(mac(s) == HwAddr{0, 0x11, 0x22, 0x33, 0x44, 0x55});
  CHECK(bad({"-s", "nosuch", "0:1:2:3:4:5"}) == "nosuch: unknown host");
  CHECK(bad({"-s", "h", "zz"}) == "zz: invalid link layer address");
  CHECK(bad({"-s", "nosuch", "zz"}) == "nosuch: unknown host");  // the host first, as the old order had it
  CHECK(bad({"-H", "arcnet", "-s", "h", "0:1:2:3:4:5"}) == "arcnet: only ether entries can be set");
  CHECK(std::get<ArpDeviceMac>(*ok({"-H", "arcnet", "-Ds", "h", "v0"}).change->hw).ifname == "v0");
  CHECK(bad({"-d", "nosuch"}) == "nosuch: unknown host");
  CHECK(bad({"-n", "nosuch"}) == "nosuch: unknown host");
  CHECK(bad({"nosuch"}) == "nosuch: unknown host");
  CHECK(bad({"-a", "nosuch"}) == "nosuch: unknown host");
  // the words are checked whole before any name is looked up
  auto n = names();
  CHECK(parse_arp_args(W{"-d", "nosuch", "--json"}, {}, n).error().message == "--json applies to display only");
  CHECK(parse_arp_args(W{"-s", "nosuch", "zz", "bogus"}, {}, n).error().message == "bogus: unknown keyword");
  CHECK(n.lookups == 0);
  // -f names a file: its lines are typed after src/ reads it
  CHECK(ok({"-f", "/tmp/x"}).file == "/tmp/x");
  CHECK(ok({"-f", "/tmp/x", "more"}).file == "/tmp/x");  // net-tools ignores extra words
  CHECK(ok({"-D", "-f", "/tmp/x"}).hw.use_device);
}

TEST_CASE("the display filter: HOST, -i, -H") {
  auto a = ok({"-i", "v0", "-H", "ether", "host1"});
  auto f = display_filter(a);
  CHECK(f.host->str() == "10.0.0.5");
  CHECK(f.device == "v0");
  CHECK(f.hwtype == ARPHRD_ETHER);
  auto none = display_filter(ok({}));
  CHECK_FALSE(none.host);
  CHECK_FALSE(none.device);
  CHECK_FALSE(none.hwtype);
}

}  // namespace lib_arp_args_test
