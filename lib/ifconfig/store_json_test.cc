#include <sys/socket.h>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <random>
#include <string>

#include "lib/ifconfig/indented_json.h"
#include "lib/ifconfig/lif_store.h"
#include "lib/ifconfig/store_fields.h"

using namespace solnet;
using nlohmann::json;

namespace lib_ifconfig_store_json_test {

// The store's JSON as nlohmann wrote it before store_to_json wrote it as it
// goes: the reference the new bytes are compared with.
json reference_addr(const std::optional<InetAddr>& a) { return a && a->family ? json(a->str()) : json(nullptr); }

json reference_routes(const std::vector<Route>& routes) {
  json out = json::array();
  for (const auto& r : routes) {
    json j = {{"family", r.family == AF_INET6 ? "inet6" : "inet"},
              {"table", r.table},
              {"type", r.type},
              {"protocol", r.protocol},
              {"scope", r.scope},
              {"flags", r.flags},
              {"dst", r.dst.str()},
              {"dst_len", r.dst_len},
              {"oif", r.oif}};
    if (r.has_gateway()) j["gateway"] = r.gateway.str();
    if (r.prefsrc) j["prefsrc"] = r.prefsrc->str();
    if (r.priority) j["priority"] = *r.priority;
    json m = json::object();
    const std::pair<const char*, std::optional<uint32_t>> metrics[] = {
        {"mtu", r.metrics.mtu},   {"advmss", r.metrics.advmss},     {"window", r.metrics.window},
        {"rtt", r.metrics.rtt},   {"rttvar", r.metrics.rttvar},     {"ssthresh", r.metrics.ssthresh},
        {"hoplimit", r.metrics.hoplimit}};
    for (const auto& [name, v] : metrics)
      if (v) m[name] = *v;
    if (r.metrics.locks) m["locks"] = r.metrics.locks;
    if (!m.empty()) j["metrics"] = std::move(m);
    out.push_back(std::move(j));
  }
  return out;
}

std::string reference(const StoreDoc& doc) {
  json links = json::array();
  for (const auto& l : doc.links) {
    json lifs = json::array();
    for (const auto& s : l.lifs) {
      json r = {{"family", s.family == AF_INET6 ? "inet6" : "inet"},
                {"unit", s.unit},
                {"installed", s.installed},
                {"address", reference_addr(s.address)}};
      if (!s.installed) {
        r["prefixlen"] = s.prefixlen;
        r["broadcast"] = reference_addr(s.broadcast);
        r["destination"] = reference_addr(s.destination);
        r["metric"] = s.metric;
        r["up"] = s.up;
      }
      if (s.flags) r["flags"] = s.flags;
      lifs.push_back(std::move(r));
    }
    links.push_back({{"index", l.index},
                     {"name", store_name_json(l.name)},
                     {"inet_unplumbed", l.inet_unplumbed},
                     {"flags4", l.flags4},
                     {"flags6", l.flags6},
                     {"physical6", reference_addr(l.physical6)},
                     {"lifs", std::move(lifs)},
                     {"routes", reference_routes(l.routes)},
                     {"returned", reference_routes(l.returned)}});
  }
  json usesrc = json::array();
  for (const auto& u : doc.usesrc) {
    json ju{{"index", u.index},
            {"name", store_name_json(u.name)},
            {"source_index", u.source_index},
            {"source_name", store_name_json(u.source_name)}};
    if (u.family == AF_INET6) ju["family"] = "inet6";
    usesrc.push_back(std::move(ju));
  }
  json j{{"version", 1}, {"links", std::move(links)}, {"usesrc", std::move(usesrc)}};
  if (doc.netns_cookie) j["netns_cookie"] = doc.netns_cookie;
  return j.dump(1) + "\n";
}

// Random documents: every optional member present or not, names with any
// byte, numbers at their extremes.
class Gen {
 public:
  explicit Gen(unsigned seed) : rng_(seed) {}

  StoreDoc doc() {
    StoreDoc d;
    if (coin()) d.netns_cookie = big();
    for (int i = below(4); i-- > 0;) d.links.push_back(link());
    for (int i = below(3); i-- > 0;)
      d.usesrc.push_back({below(1000) + 1, name(), below(1000) + 1, name(), coin() ? AF_INET : AF_INET6});
    return d;
  }

 private:
  bool coin() { return rng_() & 1; }
  int below(int n) { return static_cast<int>(rng_() % static_cast<unsigned>(n)); }
  uint64_t big() { return coin() ? rng_() % 5 : (uint64_t{rng_()} << 32 | rng_()) >> below(64); }

  std::string name() {
    std::string s;
    for (int i = below(15) + 1; i-- > 0;) s += static_cast<char>(coin() ? 'a' + below(26) : 1 + below(255));
    std::replace(s.begin(), s.end(), '/', '_');  // no link name holds one
    return s;
  }

  InetAddr addr(int family) {
    InetAddr a;
    a.family = family;
    for (std::size_t i = 0; i < a.size(); ++i) a.bytes[i] = static_cast<uint8_t>(rng_());
    return a;
  }

  std::optional<InetAddr> maybe(int family) { return coin() ? std::optional(addr(family)) : std::nullopt; }
  std::optional<uint32_t> maybe32() { return coin() ? std::optional(static_cast<uint32_t>(big())) : std::nullopt; }

  StoredLif lif() {
    const int fam = coin() ? AF_INET : AF_INET6;
    StoredLif s{fam, static_cast<unsigned>(big() % 100000), coin(), coin() ? addr(fam) : InetAddr{},
                below(fam == AF_INET ? 33 : 129), maybe(fam), maybe(fam), static_cast<uint32_t>(big()),
                coin() ? big() : 0, coin()};
    return s;
  }

  Route route() {
    Route r;
    r.family = coin() ? AF_INET : AF_INET6;
    r.table = static_cast<uint32_t>(big());
    r.type = static_cast<uint8_t>(rng_());
    r.protocol = static_cast<uint8_t>(rng_());
    r.scope = static_cast<uint8_t>(rng_());
    r.flags = static_cast<uint32_t>(big());
    r.dst = addr(r.family);
    r.dst_len = below(r.family == AF_INET ? 33 : 129);
    if (coin()) r.gateway = addr(r.family);
    r.oif = below(100000);
    r.prefsrc = maybe(r.family);
    r.priority = maybe32();
    if (coin()) {
      r.metrics.mtu = maybe32();
      r.metrics.advmss = maybe32();
      r.metrics.window = maybe32();
      r.metrics.rtt = maybe32();
      r.metrics.rttvar = maybe32();
      r.metrics.ssthresh = maybe32();
      r.metrics.hoplimit = maybe32();
      if (coin()) r.metrics.locks = static_cast<uint32_t>(big());
    }
    return r;
  }

  StoredLink link() {
    StoredLink l;
    l.index = static_cast<int>(big() % 0x7fffffff) + 1;
    l.name = name();
    l.inet_unplumbed = coin();
    l.flags4 = coin() ? big() : 0;
    l.flags6 = coin() ? big() : 0;
    if (coin()) l.physical6 = addr(AF_INET6);
    for (int i = below(5); i-- > 0;) l.lifs.push_back(lif());
    for (int i = below(3); i-- > 0;) l.routes.push_back(route());
    for (int i = below(2); i-- > 0;) l.returned.push_back(route());
    return l;
  }

  std::mt19937 rng_;
};

TEST_CASE("the store is written byte for byte as nlohmann wrote it") {
  for (unsigned seed = 1; seed <= 500; ++seed) {
    CAPTURE(seed);
    const StoreDoc d = Gen(seed).doc();
    const std::string text = store_to_json(d);
    REQUIRE(text == reference(d));
    auto back = store_from_json(text);
    REQUIRE(back);
  }
  CHECK(store_to_json(StoreDoc{}) == reference(StoreDoc{}));
}

TEST_CASE("indented JSON escapes as nlohmann does") {
  std::string out;
  IndentedJson w(out, 2);
  const std::string s = std::string("a\"\\\b\f\n\r\t\x01\x1f\x7f z\0", 14);
  w.begin_object().member("s", s).key("e").begin_array().end_array().key("o").begin_object().end_object();
  w.key("n").null().member("b", false).member("i", int64_t{-5}).end_object();
  CHECK(out == "{\n  \"s\": " + json(s).dump() + ",\n  \"e\": [],\n  \"o\": {},\n  \"n\": null,\n  \"b\": false,\n"
                "  \"i\": -5\n}");
}

}  // namespace lib_ifconfig_store_json_test
