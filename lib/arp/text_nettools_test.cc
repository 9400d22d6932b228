#include "lib/arp/text_nettools.h"

#include <doctest/doctest.h>

#include <random>

#include "lib/arp/hwtype.h"
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

std::string render_nettools(const std::vector<ArpEntry>& entries, const NetToolsView& v) {
  std::string out;
  NetToolsTable t(out, v);
  for (const auto& e : entries) t.row(e);
  t.end();
  return out;
}

// The renderer NetToolsTable replaced (a string per field), as the
// reference for its bytes.
// printf("%-W.Ms"): cut to `max`, then pad to `width`.
std::string ref_field(std::string_view s, std::size_t width, std::size_t max) {
  std::string out(s.substr(0, max));
  if (out.size() < width) out.append(width - out.size(), ' ');
  return out;
}

bool ref_in_proc(const ArpEntry& e) { return !e.whole_link && !(e.state & NUD_NOARP); }

// net-tools' ATF_COM: the address is known. Proxy entries lack it.
bool ref_complete(const ArpEntry& e) { return !e.proxy && is_resolved(e.state); }
bool ref_perm(const ArpEntry& e) { return e.proxy || (e.state & NUD_PERMANENT); }

std::string ref_dev_name(const ArpEntry& e) { return e.ifname.empty() ? "*" : e.ifname; }

// "?" when unnamed, as net-tools prints it; 0.0.0.0 (on loopback and
// point-to-point links every entry's key) is never named.
std::string ref_host_name(const ArpEntry& e, bool numeric) {
  if (numeric || e.addr.is_zero()) return "?";
  if (!e.hostname || *e.hostname == e.addr.str()) return "?";
  return *e.hostname;
}

std::string ref_linux_row(const ArpEntry& e, const std::string& name) {
  std::string s = ref_field(name == "?" ? e.addr.str() : name, 23, 23) + "  ";
  if (ref_complete(e)) {
    s += ref_field(hwtype_name(e.hwtype), 8, 8) + ref_field(ether_colon(e.lladdr), 20, 20);
  } else if (e.proxy) {
    s += ref_field("*", 8, 8) + ref_field("<from_interface>", 20, 20);
  } else {
    s += ref_field("", 8, 8) + ref_field("(incomplete)", 20, 20);
  }
  std::string flags = std::string(ref_complete(e) ? "C" : "") + (ref_perm(e) ? "M" : "") + (e.proxy ? "P" : "");
  return s + ref_field(flags, 6, 6) + ref_field("", 15, 15) + " " + ref_dev_name(e) + "\n";
}

std::string ref_bsd_row(const ArpEntry& e, const std::string& name) {
  std::string s = name + " (" + e.addr.str() + ") at ";
  if (ref_complete(e)) {
    s += ether_colon(e.lladdr) + " [" + std::string(hwtype_name(e.hwtype)) + "] ";
  } else {
    s += e.proxy ? "<from_interface> " : "<incomplete> ";
  }
  if (ref_perm(e)) s += "PERM ";
  if (e.proxy) s += "PUB ";
  return s + "on " + ref_dev_name(e) + "\n";
}

std::string reference_nettools(const std::vector<ArpEntry>& entries, const NetToolsView& v) {
  std::string out;
  int total = 0, shown = 0;
  for (const auto& e : entries) {
    if (!ref_in_proc(e)) continue;
    ++total;
    if (!v.filter.matches(e)) continue;
    if (!v.bsd && shown == 0)
      out += "Address                  HWtype  HWaddress           Flags Mask            Iface\n";
    ++shown;
    const std::string name = ref_host_name(e, v.numeric);
    out += v.bsd ? ref_bsd_row(e, name) : ref_linux_row(e, name);
  }
  if (v.verbose)
    out += "Entries: " + std::to_string(total) + "\tSkipped: " + std::to_string(total - shown) +
           "\tFound: " + std::to_string(shown) + "\n";
  if (shown == 0) {
    const auto& f = v.filter;
    if (f.host && !v.bsd)
      out += v.host_word + " (" + f.host->str() + ") -- no entry\n";
    else if (f.hwtype || f.host || f.device)
      out += "arp: in " + std::to_string(total) + " entries no match found.\n";
  }
  return out;
}


ArpEntry random_entry(std::mt19937& rng) {
  auto pick = [&](uint32_t n) { return static_cast<uint32_t>(rng() % n); };
  const char* names[] = {"", "v0", "averyverylongname0"};
  const uint16_t states[] = {NUD_PERMANENT, NUD_NOARP, NUD_REACHABLE, NUD_STALE, NUD_DELAY, NUD_PROBE, NUD_INCOMPLETE, NUD_FAILED, 0};
  ArpEntry e = entry("10.0.0.1", names[pick(3)], {}, states[pick(9)]);
  e.addr = InetAddr::from_v4(pick(4) ? static_cast<uint32_t>(rng()) : 0);
  for (uint32_t i = 0, n = pick(4) ? 6 : pick(12); i < n; ++i) e.lladdr.push_back(static_cast<uint8_t>(rng()));
  e.hwtype = static_cast<unsigned short>(pick(3) ? 1 : pick(800));
  e.proxy = pick(4) == 0;
  e.whole_link = e.proxy && pick(4) == 0;
  if (pick(2)) e.hostname = pick(4) ? std::string("host") + std::to_string(pick(10)) : "averyveryverylonghostname.example.com";
  return e;
}

}  // namespace

TEST_CASE("the tables are the old renderer's, byte for byte, on generated entries") {
  std::mt19937 rng(17);
  for (int t = 0; t < 500; ++t) {
    std::vector<ArpEntry> es;
    for (uint32_t i = 0, n = static_cast<uint32_t>(rng() % 12); i < n; ++i) es.push_back(random_entry(rng));
    NetToolsView v;
    v.bsd = rng() % 2;
    v.numeric = rng() % 2;
    v.verbose = rng() % 2;
    if (rng() % 3 == 0) v.filter.device = "v0";
    if (rng() % 4 == 0) v.filter.host = es.empty() || rng() % 2 ? *parse_inet("10.9.9.9") : es[0].addr, v.host_word = "h";
    INFO("table " << t);
    CHECK(render_nettools(es, v) == reference_nettools(es, v));
  }
}

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
