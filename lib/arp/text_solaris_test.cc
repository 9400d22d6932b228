#include "lib/arp/text_solaris.h"

#include <doctest/doctest.h>

#include "lib/arp/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_arp_text_solaris_test {

TEST_CASE("arp HOST lines: MAC without leading zeros, temp, pub, permanent") {
  auto perm = entry("10.0.0.2", "v0", {0, 0x11, 0x22, 0x33, 0x44, 0x55}, NUD_PERMANENT);
  CHECK(solaris_entry_line("peer", perm) == "peer (10.0.0.2) at 0:11:22:33:44:55\n");
  perm.authority = true;
  CHECK(solaris_entry_line("peer", perm) == "peer (10.0.0.2) at 0:11:22:33:44:55 permanent\n");
  CHECK(solaris_entry_line("x", entry("10.0.0.4", "v0", mac(4), NUD_STALE)) == "x (10.0.0.4) at 2:0:0:0:0:4 temp\n");
  CHECK(solaris_entry_line("x", entry("10.0.0.5", "v0", {}, NUD_INCOMPLETE)) == "x (10.0.0.5) at (incomplete) temp\n");
  auto pub = entry("10.0.0.9", "v0", mac(1), NUD_PERMANENT);
  pub.proxy = true;
  CHECK(solaris_entry_line("10.0.0.9", pub) == "10.0.0.9 (10.0.0.9) at 2:0:0:0:0:1 pub\n");
  CHECK(solaris_no_entry("ghost", ip("10.0.0.99")) == "ghost (10.0.0.99) -- no entry\n");
  CHECK(solaris_deleted("peer", ip("10.0.0.2")) == "peer (10.0.0.2) deleted\n");
}

TEST_CASE("flags of the Net to Media table") {
  CHECK(solaris_flags(entry("1.1.1.1", "v0", mac(1), NUD_PERMANENT)) == "S");
  CHECK(solaris_flags(entry("1.1.1.1", "v0", mac(1), NUD_REACHABLE)) == "");
  CHECK(solaris_flags(entry("1.1.1.1", "v0", mac(1), NUD_STALE)) == "o");
  CHECK(solaris_flags(entry("1.1.1.1", "v0", mac(1), NUD_DELAY)) == "y");
  CHECK(solaris_flags(entry("1.1.1.1", "v0", {}, NUD_INCOMPLETE)) == "U");
  CHECK(solaris_flags(entry("1.1.1.1", "v0", {}, NUD_FAILED)) == "U");
  CHECK(solaris_flags(entry("224.0.0.1", "v0", mac(1), NUD_NOARP)) == "SM");
  auto pub = entry("1.1.1.1", "v0", mac(1), NUD_PERMANENT);
  pub.proxy = true;
  pub.authority = true;
  CHECK(solaris_flags(pub) == "SPA");
}

std::string render_net_to_media(const std::vector<ArpEntry>& entries, bool numeric, std::string_view local_domain) {
  std::string out;
  for (std::size_t i = 0; i < entries.size(); ++i) net_to_media_row(out, entries[i], numeric, local_domain, i == 0);
  return out;
}

TEST_CASE("the Net to Media table: netstat's columns, names less the local domain") {
  auto peer = entry("10.0.0.2", "v0", mac(2), NUD_PERMANENT);
  peer.hostname = "peer.example.com";
  auto far = entry("10.0.0.3", "v0", mac(3), NUD_REACHABLE);
  far.hostname = "far.example.org";
  auto pub = entry("10.0.0.9", "v0", mac(1), NUD_PERMANENT);
  pub.proxy = true;
  auto whole = entry("0.0.0.0", "", {}, NUD_PERMANENT);
  whole.proxy = whole.whole_link = true;
  std::vector<ArpEntry> es = {peer, far, entry("10.0.0.5", "v0", {}, NUD_INCOMPLETE), pub, whole};
  CHECK(render_net_to_media(es, false, "Example.COM") ==
        "Net to Media Table: IPv4\n"
        "Device   IP Address               Mask      Flags      Phys Addr\n"
        "------ -------------------- --------------- -------- ---------------\n"
        "v0     peer                 255.255.255.255 S        02:00:00:00:00:02\n"
        "v0     far.example.org      255.255.255.255          02:00:00:00:00:03\n"
        "v0     10.0.0.5             255.255.255.255 U        \n"
        "v0     10.0.0.9             255.255.255.255 SP       02:00:00:00:00:01\n"
        "*      0.0.0.0              0.0.0.0         SP       \n");
  CHECK(render_net_to_media(es, true, "").find("v0     10.0.0.2 ") != std::string::npos);
  CHECK(render_net_to_media({}, false, "") == "");
  CHECK(strip_local_domain("a.b.c", "b.c") == "a");
  CHECK(strip_local_domain("a.b.c", "c") == "a.b.c");
  CHECK(strip_local_domain("a", "") == "a");
}

}  // namespace lib_arp_text_solaris_test
