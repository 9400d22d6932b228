#include "lib/arp/text_nettools.h"

#include <doctest/doctest.h>

#include "lib/arp/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_arp_text_nettools_test {

namespace {

std::vector<ArpEntry> table() {
  auto named = entry("10.0.0.3", "v0", mac(3), NUD_REACHABLE);
  named.hostname = "averyveryverylonghostname.example.com";
  auto peer = entry("10.0.0.2", "v0", mac(2), NUD_PERMANENT);
  peer.hostname = "peer";
  auto pub = entry("10.0.0.9", "v0", mac(1), NUD_PERMANENT);
  pub.proxy = true;
  auto noarp = entry("224.0.0.22", "v0", {1, 0, 0x5e, 0, 0, 0x16}, NUD_NOARP);
  auto whole = entry("0.0.0.0", "v0", mac(1), NUD_PERMANENT);
  whole.proxy = whole.whole_link = true;
  return {entry("10.0.0.5", "v0", {}, NUD_INCOMPLETE), entry("10.0.0.4", "v0", mac(4), NUD_STALE), named, peer, pub,
          noarp, whole};
}

}  // namespace

TEST_CASE("the Linux table, as net-tools prints it from /proc/net/arp") {
  NetToolsView v;
  CHECK(render_nettools(table(), v) ==
        "Address                  HWtype  HWaddress           Flags Mask            Iface\n"
        "10.0.0.5                         (incomplete)                              v0\n"
        "10.0.0.4                 ether   02:00:00:00:00:04   C                     v0\n"
        "averyveryverylonghostna  ether   02:00:00:00:00:03   C                     v0\n"
        "peer                     ether   02:00:00:00:00:02   CM                    v0\n"
        "10.0.0.9                 *       <from_interface>    MP                    v0\n");
  v.numeric = true;
  v.verbose = true;
  auto out = render_nettools(table(), v);
  CHECK(out.find("\n10.0.0.3                 ether") != std::string::npos);
  const std::string tail = "v0\nEntries: 5\tSkipped: 0\tFound: 5\n";
  CHECK(out.substr(out.size() - tail.size()) == tail);
}

TEST_CASE("the BSD style of net-tools -a") {
  NetToolsView v;
  v.bsd = true;
  CHECK(render_nettools(table(), v) ==
        "? (10.0.0.5) at <incomplete> on v0\n"
        "? (10.0.0.4) at 02:00:00:00:00:04 [ether] on v0\n"
        "averyveryverylonghostname.example.com (10.0.0.3) at 02:00:00:00:00:03 [ether] on v0\n"
        "peer (10.0.0.2) at 02:00:00:00:00:02 [ether] PERM on v0\n"
        "? (10.0.0.9) at <from_interface> PERM PUB on v0\n");
}

TEST_CASE("names: 0.0.0.0 has none, nor has a name equal to the address") {
  auto zero = entry("0.0.0.0", "lo", mac(4), NUD_PERMANENT);
  zero.hostname = "zero";
  auto same = entry("10.0.0.7", "v0", mac(7), NUD_PERMANENT);
  same.hostname = "10.0.0.7";
  NetToolsView v;
  v.bsd = true;
  CHECK(render_nettools({zero, same}, v) ==
        "? (0.0.0.0) at 02:00:00:00:00:04 [ether] PERM on lo\n"
        "? (10.0.0.7) at 02:00:00:00:00:07 [ether] PERM on v0\n");
}

TEST_CASE("filters and their no-match lines") {
  NetToolsView v;
  v.filter.host = ip("10.0.0.99");
  v.host_word = "ghost";
  CHECK(render_nettools(table(), v) == "ghost (10.0.0.99) -- no entry\n");
  v.bsd = true;
  CHECK(render_nettools(table(), v) == "arp: in 5 entries no match found.\n");
  NetToolsView d;
  d.filter.device = "v1";
  d.verbose = true;
  CHECK(render_nettools(table(), d) == "Entries: 5\tSkipped: 5\tFound: 0\narp: in 5 entries no match found.\n");
  NetToolsView one;
  one.filter.host = ip("10.0.0.2");
  CHECK(render_nettools(table(), one) ==
        "Address                  HWtype  HWaddress           Flags Mask            Iface\n"
        "peer                     ether   02:00:00:00:00:02   CM                    v0\n");
  CHECK(render_nettools({}, NetToolsView()) == "");
  CHECK(nettools_no_entry("h") == "No ARP entry for h\n");
}

}  // namespace lib_arp_text_nettools_test
