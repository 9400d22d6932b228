#include "lib/arp/json.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <random>

#include "lib/arp/hwtype.h"
#include "lib/arp/test_fixtures.h"
#include "lib/common/json_writer.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_arp_json_test {

std::string render_arp_json(const std::vector<ArpEntry>& entries) {
  std::string out;
  ArpJsonWriter w(out);
  for (const auto& e : entries) w.entry(e);
  w.end();
  return out;
}

// The renderer ArpJsonWriter replaced (JsonWriter member by member), as
// the reference for its bytes.
void reference_entry(JsonWriter& w, const ArpEntry& e) {
  const bool known = e.proxy || is_resolved(e.state);
  w.begin_object();
  w.member("address", e.addr.str());
  w.member("authority", e.authority);
  w.member("hostname", e.hostname);
  if (e.ifname.empty()) w.null_member("hw_type");
  else w.member("hw_type", hwtype_name(e.hwtype));
  if (e.ifname.empty()) w.null_member("interface");
  else w.member("interface", e.ifname);
  if (known && !e.lladdr.empty()) w.member("mac", ether_colon(e.lladdr));
  else w.null_member("mac");
  w.member("published", e.proxy);
  w.member("state", state_name(e.state));
  w.member("whole_interface", e.whole_link);
  w.end_object();
}


std::string reference_json(const std::vector<ArpEntry>& entries) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("entries").begin_array();
  for (const auto& e : entries) reference_entry(w, e);
  w.end_array().member("schema_version", kArpSchemaVersion).end_object();
  out += '\n';
  return out;
}

TEST_CASE("the document is the member-by-member writer's, byte for byte, on generated entries") {
  std::mt19937 rng(17);
  auto pick = [&](uint32_t n) { return static_cast<uint32_t>(rng() % n); };
  const char* names[] = {"", "v0", "e\x1b[31m", "bad\xff", "q\"\\"};
  const uint16_t states[] = {NUD_PERMANENT, NUD_NOARP, NUD_REACHABLE, NUD_STALE, NUD_DELAY, NUD_INCOMPLETE, NUD_FAILED, 0};
  for (int doc = 0; doc < 300; ++doc) {
    std::vector<ArpEntry> es;
    for (uint32_t i = 0, n = pick(10); i < n; ++i) {
      ArpEntry e = entry("10.0.0.1", names[pick(5)], {}, states[pick(8)]);
      e.addr = InetAddr::from_v4(static_cast<uint32_t>(rng()));
      for (uint32_t k = 0, len = pick(3) ? 6 : pick(20); k < len; ++k) e.lladdr.push_back(static_cast<uint8_t>(rng()));
      e.hwtype = static_cast<unsigned short>(pick(800));
      e.proxy = pick(3) == 0;
      e.authority = pick(3) == 0;
      e.whole_link = pick(5) == 0;
      if (pick(2)) e.hostname = names[pick(5)];
      es.push_back(e);
    }
    INFO("document " << doc);
    CHECK(render_arp_json(es) == reference_json(es));
  }
}

TEST_CASE("JSON carries every field of an entry") {
  auto e = entry("10.0.0.2", "v0", mac(2), NUD_REACHABLE);
  e.hostname = "peer";
  auto pub = entry("10.0.0.9", "", {}, NUD_PERMANENT);
  pub.proxy = true;
  pub.hwtype = 0;
  auto j = nlohmann::json::parse(render_arp_json({e, entry("10.0.0.5", "v0", {}, NUD_INCOMPLETE), pub}));
  CHECK(j["schema_version"] == 1);
  REQUIRE(j["entries"].size() == 3);
  auto a = j["entries"][0];
  CHECK(a["address"] == "10.0.0.2");
  CHECK(a["interface"] == "v0");
  CHECK(a["hw_type"] == "ether");
  CHECK(a["mac"] == "02:00:00:00:00:02");
  CHECK(a["state"] == "reachable");
  CHECK(a["published"] == false);
  CHECK(a["whole_interface"] == false);
  CHECK(a["authority"] == false);
  CHECK(a["hostname"] == "peer");
  CHECK(j["entries"][1]["mac"].is_null());
  CHECK(j["entries"][1]["hostname"].is_null());
  CHECK(j["entries"][2]["interface"].is_null());
  CHECK(j["entries"][2]["hw_type"].is_null());
  CHECK(j["entries"][2]["published"] == true);
}

TEST_CASE("JSON text stays one valid line for hostile names") {
  auto e = entry("10.0.0.2", "v\"\x01\xff", mac(2), NUD_PERMANENT);
  auto s = render_arp_json({e});
  CHECK(s.find('\n') == s.size() - 1);
  CHECK(nlohmann::json::parse(s)["entries"][0]["interface"] == "v\"\x01\xef\xbf\xbd");
}

}  // namespace lib_arp_json_test
