#include "lib/ifconfig/lif_store.h"

#include <sys/socket.h>

#include <algorithm>
#include <set>
#include <nlohmann/json.hpp>

#include "lib/ifconfig/stored_routes.h"

namespace solnet {

using nlohmann::json;

StoredLink* StoreDoc::find(int index, std::string_view name) {
  for (auto& l : links)
    if (l.index == index && l.name == name) return &l;
  return nullptr;
}

const StoredLink* StoreDoc::find(int index, std::string_view name) const {
  return const_cast<StoreDoc*>(this)->find(index, name);
}

StoredLink& StoreDoc::get(int index, std::string_view name) {
  if (auto* l = find(index, name)) return *l;
  StoredLink l;
  l.index = index;
  l.name = name;
  links.push_back(std::move(l));
  return links.back();
}

StoredLif installed_record(int family, unsigned unit, const InetAddr& address, uint64_t flags) {
  StoredLif s;
  s.family = family;
  s.unit = unit;
  s.installed = true;
  s.address = address;
  s.flags = flags;
  return s;
}

uint64_t StoredLink::physical_flags(int family) const {
  return family == AF_INET6 ? flags6 : flags4;
}

static json addr_json(const std::optional<InetAddr>& a) {
  return a && a->family ? json(a->str()) : json(nullptr);
}

static std::optional<InetAddr> addr_from(const json& j, int family) {
  if (!j.is_string()) return std::nullopt;
  return parse_inet(j.get<std::string>(), family);
}

std::string store_to_json(const StoreDoc& doc) {
  json links = json::array();
  for (const auto& l : doc.links) {
    json lifs = json::array();
    for (const auto& s : l.lifs) {
      json r = {
          {"family", s.family == AF_INET6 ? "inet6" : "inet"},
          {"unit", s.unit},
          {"installed", s.installed},
          {"address", addr_json(s.address)},
      };
      // An installed record is small (installed_record): every IPv6 address
      // has one.
      if (!s.installed) {
        r["prefixlen"] = s.prefixlen;
        r["broadcast"] = addr_json(s.broadcast);
        r["destination"] = addr_json(s.destination);
        r["metric"] = s.metric;
        r["up"] = s.up;
      }
      if (s.flags) r["flags"] = s.flags;
      lifs.push_back(std::move(r));
    }
    links.push_back({{"index", l.index},
                     {"name", l.name},
                     {"inet_unplumbed", l.inet_unplumbed},
                     {"flags4", l.flags4},
                     {"flags6", l.flags6},
                     {"physical6", addr_json(l.physical6)},
                     {"lifs", std::move(lifs)},
                     {"routes", stored_routes_json(l.routes)},
                     {"returned", stored_routes_json(l.returned)}});
  }
  json usesrc = json::array();
  for (const auto& u : doc.usesrc)
    usesrc.push_back({{"index", u.index},
                      {"name", u.name},
                      {"source_index", u.source_index},
                      {"source_name", u.source_name}});
  return json{{"version", 1}, {"links", std::move(links)}, {"usesrc", std::move(usesrc)}}.dump(1) + "\n";
}

Result<StoreDoc> store_from_json(std::string_view text) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || j.value("version", 0) != 1 ||
      !j.contains("links") || !j["links"].is_array())
    return error("state store is not readable");
  StoreDoc doc;
  try {
    for (const auto& jl : j["links"]) {
      StoredLink l;
      l.index = jl.at("index").get<int>();
      l.name = jl.at("name").get<std::string>();
      l.inet_unplumbed = jl.value("inet_unplumbed", false);
      l.flags4 = jl.value("flags4", uint64_t{0});
      l.flags6 = jl.value("flags6", uint64_t{0});
      if (auto a = addr_from(jl.value("physical6", json()), AF_INET6)) l.physical6 = *a;
      l.routes = stored_routes_from(jl.value("routes", json::array()));
      l.returned = stored_routes_from(jl.value("returned", json::array()));
      for (const auto& js : jl.at("lifs")) {
        StoredLif s;
        s.family = js.at("family").get<std::string>() == "inet6" ? AF_INET6 : AF_INET;
        s.unit = js.at("unit").get<unsigned>();
        s.installed = js.at("installed").get<bool>();
        if (auto a = addr_from(js.at("address"), s.family)) s.address = *a;
        s.prefixlen = js.value("prefixlen", 0);
        s.broadcast = addr_from(js.value("broadcast", json()), s.family);
        s.destination = addr_from(js.value("destination", json()), s.family);
        s.metric = js.value("metric", 0u);
        s.flags = js.value("flags", uint64_t{0});
        s.up = js.value("up", false);
        l.lifs.push_back(std::move(s));
      }
      doc.links.push_back(std::move(l));
    }
    for (const auto& ju : j.value("usesrc", json::array()))
      doc.usesrc.push_back({ju.at("index").get<int>(), ju.at("name").get<std::string>(),
                            ju.at("source_index").get<int>(), ju.at("source_name").get<std::string>()});
  } catch (const json::exception&) {
    return error("state store is not readable");
  }
  return doc;
}

void reconcile_link(StoredLink& sl, const std::vector<Addr>& addrs, bool read_inet, bool read_inet6) {
  // A set, not a scan per record: every IPv6 address has a record.
  std::set<InetAddr> present;
  for (const auto& a : addrs)
    if (a.ifindex == sl.index) present.insert(a.local);
  auto gone = [&](const InetAddr& address) { return !present.count(address); };
  std::erase_if(sl.lifs, [&](const StoredLif& s) {
    if (!s.installed) return false;
    if ((s.family == AF_INET && !read_inet) || (s.family == AF_INET6 && !read_inet6)) return false;
    return gone(s.address);
  });
  if (read_inet6 && sl.physical6.family && gone(sl.physical6)) sl.physical6 = InetAddr{};
}

void reconcile_links(StoreDoc& doc, const std::vector<Link>& links) {
  std::erase_if(doc.links, [&](const StoredLink& sl) {
    return std::none_of(links.begin(), links.end(), [&](const Link& l) {
      return l.index == sl.index && l.name == sl.name;
    });
  });
  auto exists = [&](int index, const std::string& name) {
    return std::any_of(links.begin(), links.end(), [&](const Link& l) { return l.index == index && l.name == name; });
  };
  std::erase_if(doc.usesrc, [&](const StoredUsesrc& u) {
    return !exists(u.index, u.name) || !exists(u.source_index, u.source_name);
  });
}

}  // namespace solnet
