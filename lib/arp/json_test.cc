#include "lib/arp/json.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "lib/arp/test_fixtures.h"

using namespace solnet;
using namespace solnet::fixture;

namespace lib_arp_json_test {

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
