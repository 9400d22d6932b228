#include "lib/ifconfig/short_list.h"

#include <doctest/doctest.h>

#include "lib/common/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_ifconfig_short_list_test {

namespace {

Link counted(Link l, uint64_t rx, uint64_t tx) {
  l.stats = LinkStats{.rx_packets = rx, .tx_packets = tx, .rx_bytes = rx * 100, .tx_bytes = tx * 100,
                      .rx_errors = 1, .tx_errors = 2, .rx_dropped = 3, .tx_dropped = 4,
                      .rx_fifo_errors = 5, .tx_fifo_errors = 6, .multicast = 7, .collisions = 8};
  return l;
}

const char* const kHeader = "Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n";

}  // namespace

TEST_CASE("the table is net-tools 2.10's, column for column") {
  Link lo = counted(loopback(), 59, 59);
  lo.stats = LinkStats{.rx_packets = 59, .tx_packets = 59};
  const std::vector<ShortRow> rows = {
      {"lo", 65536, lo.flags, lo.stats},
      {"eth0", 1500, IFF_UP | IFF_BROADCAST | IFF_RUNNING | IFF_MULTICAST, counted(ether_link(2, "eth0"), 5426, 2763).stats},
      {"eth0:1", 1500, IFF_UP | IFF_BROADCAST, std::nullopt},
      {"tun0", 1500, 0, std::nullopt},
  };
  CHECK(short_list_text(rows) ==
        std::string(kHeader) +
            "lo              65536       59      0      0 0            59      0      0      0 LRU\n"
            "eth0             1500     5426      1      3 5          2763      2      4      6 BMRU\n"
            "eth0:1           1500      - no statistics available -                        BU\n"
            "tun0             1500      - no statistics available -                        [NO FLAGS]\n");
}

TEST_CASE("Flg has every letter in net-tools' order, P for promisc and for point-to-point") {
  const unsigned all = IFF_ALLMULTI | IFF_BROADCAST | IFF_DEBUG | IFF_LOOPBACK | IFF_MULTICAST | 0x8000 | IFF_PROMISC |
                       IFF_NOTRAILERS | IFF_NOARP | IFF_POINTOPOINT | IFF_SLAVE | IFF_MASTER | IFF_RUNNING | IFF_UP;
  const std::string t = short_list_text({{"x", 1500, all, std::nullopt}});
  CHECK(t.ends_with(" ABDLMdPNOPsmRU\n"));
  CHECK(short_list_json({{"x", 1500, IFF_UP | IFF_NOARP | IFF_POINTOPOINT, std::nullopt}}) ==
        "{\"schema_version\":1,\"short_list\":[{\"ifname\":\"x\",\"mtu\":1500,\"flg\":\"OPU\"}]}\n");
}

TEST_CASE("counters as JSON") {
  const std::vector<ShortRow> rows = {{"eth0", 1500, IFF_UP, counted(ether_link(2, "eth0"), 10, 20).stats}};
  CHECK(short_list_json(rows) ==
        "{\"schema_version\":1,\"short_list\":[{\"ifname\":\"eth0\",\"mtu\":1500,\"flg\":\"U\","
        "\"rx\":{\"packets\":10,\"bytes\":1000,\"errors\":1,\"dropped\":3,\"overruns\":5,\"multicast\":7},"
        "\"tx\":{\"packets\":20,\"bytes\":2000,\"errors\":2,\"dropped\":4,\"overruns\":6,\"collisions\":8}}]}\n");
}

TEST_CASE("rows: up links and their aliases in nstrcmp order; -a adds down ones; a name selects one") {
  const std::vector<Link> links = {loopback(), ether_link(2, "eth10"), ether_link(3, "eth2"),
                                   ether_link(4, "br0", IFF_BROADCAST)};
  const std::vector<Addr> addrs = {v4(1, "127.0.0.1", 8, "lo", false), v4(3, "10.0.0.1", 24, "eth2"),
                                   v4(3, "10.0.0.2", 24, "eth2:10"), v4(3, "10.0.0.3", 24, "eth2:9"),
                                   v4(4, "10.1.0.1", 24, "br0:x")};
  auto names = [](const std::optional<std::vector<ShortRow>>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows.value()) out.push_back(r.name);
    return out;
  };
  CHECK(names(short_rows(links, addrs, {})) == std::vector<std::string>{"eth2", "eth2:9", "eth2:10", "eth10", "lo"});
  CHECK(names(short_rows(links, addrs, {.all = true, .name = {}, .json = false})) ==
        std::vector<std::string>{"br0", "br0:x", "eth2", "eth2:9", "eth2:10", "eth10", "lo"});
  CHECK(names(short_rows(links, addrs, {.name = "br0"})) == std::vector<std::string>{"br0"});
  const auto alias = short_rows(links, addrs, {.name = "eth2:9"});
  REQUIRE(alias);
  CHECK(alias->at(0).mtu == 1500);
  CHECK_FALSE(alias->at(0).stats);
  CHECK_FALSE(short_rows(links, addrs, {.name = "eth9"}));
}

TEST_CASE("nstrcmp order") {
  CHECK(net_tools_name_less("eth2", "eth10"));
  CHECK_FALSE(net_tools_name_less("eth10", "eth2"));
  CHECK(net_tools_name_less("eth", "eth0"));
  CHECK(net_tools_name_less("eth0", "eth0:0"));
  CHECK(net_tools_name_less("eth0:2", "eth0:10"));
  CHECK(net_tools_name_less("br0", "lo"));
  CHECK(net_tools_name_less("eth01", "eth1"));
}

TEST_CASE("-s and -v among the leading words, in any order") {
  using W = std::vector<std::string>;
  CHECK(take_net_tools_leading(W{"-a", "-s"}, false).short_list);
  CHECK(take_net_tools_leading(W{"-a", "-s"}, false).words == W{"-a"});
  CHECK(take_net_tools_leading(W{"-v", "-a"}, false).words == W{"-a"});
  CHECK_FALSE(take_net_tools_leading(W{"-v", "eth0", "up"}, false).short_list);
  // After the interface name they are the Solaris words they always were.
  CHECK(take_net_tools_leading(W{"eth0", "-s"}, false).words == W{"eth0", "-s"});
  CHECK(take_net_tools_leading(W{}, true).short_list);
}

TEST_CASE("-s and -v stand alone, as net-tools takes them") {
  using W = std::vector<std::string>;
  CHECK(refuse_sv_clusters(W{"-s", "-v", "-a"}));
  CHECK(refuse_sv_clusters(W{"eth0", "-standby"}));
  CHECK(refuse_sv_clusters(W{"-standby"}).error().message == "-standby: unknown option");
  CHECK_FALSE(refuse_sv_clusters(W{"-a", "-va"}));
}

TEST_CASE("the rest of an -s line") {
  using W = std::vector<std::string>;
  CHECK(parse_short_list(W{}, false)->all == false);
  CHECK(parse_short_list(W{"-a"}, true)->all);
  CHECK(parse_short_list(W{"-a"}, true)->json);
  CHECK(parse_short_list(W{"eth0"}, false)->name == "eth0");
  CHECK_FALSE(parse_short_list(W{"eth0", "up"}, false));
  CHECK_FALSE(parse_short_list(W{"-x"}, false));
}

}  // namespace lib_ifconfig_short_list_test
