#include "lib/ifconfig/lif_store.h"

#include <sys/socket.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <nlohmann/json.hpp>

#include "lib/common/ifname.h"
#include "lib/ifconfig/store_fields.h"
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

namespace {

json addr_json(const std::optional<InetAddr>& a) { return a && a->family ? json(a->str()) : json(nullptr); }

json lif_json(const StoredLif& s) {
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
  return r;
}

json link_json(const StoredLink& l) {
  json lifs = json::array();
  for (const auto& s : l.lifs) lifs.push_back(lif_json(s));
  return {{"index", l.index},
          {"name", store_name_json(l.name)},
          {"inet_unplumbed", l.inet_unplumbed},
          {"flags4", l.flags4},
          {"flags6", l.flags6},
          {"physical6", addr_json(l.physical6)},
          {"lifs", std::move(lifs)},
          {"routes", stored_routes_json(l.routes)},
          {"returned", stored_routes_json(l.returned)}};
}


StoredLif lif_from(const json& j, const std::string& where, std::string& problem) {
  StoreFields f(j, where, problem);
  StoredLif s;
  s.family = f.family("family");
  const uint64_t max_len = s.family == AF_INET6 ? 128 : 32;
  s.unit = static_cast<unsigned>(f.number("unit", 0, kMaxUnit));
  s.installed = f.boolean("installed");
  if (auto a = f.address("address", s.family)) s.address = *a;
  s.prefixlen = static_cast<int>(f.number("prefixlen", 0, max_len, 0));
  s.broadcast = f.address("broadcast", s.family);
  s.destination = f.address("destination", s.family);
  s.metric = static_cast<uint32_t>(f.number("metric", 0, UINT32_MAX, 0));
  s.flags = f.number("flags", 0, UINT64_MAX, 0);
  s.up = f.boolean("up", false);
  return s;
}

StoredLink link_from(const json& j, const std::string& where, std::string& problem) {
  StoreFields f(j, where, problem);
  StoredLink l;
  l.index = static_cast<int>(f.number("index", 1, INT32_MAX));
  l.name = f.name("name");
  l.inet_unplumbed = f.boolean("inet_unplumbed", false);
  l.flags4 = f.number("flags4", 0, UINT64_MAX, 0);
  l.flags6 = f.number("flags6", 0, UINT64_MAX, 0);
  if (auto a = f.address("physical6", AF_INET6)) l.physical6 = *a;
  const json& lifs = f.array("lifs");
  for (std::size_t i = 0; i < lifs.size() && f.ok(); ++i)
    l.lifs.push_back(lif_from(lifs[i], where + " lif " + std::to_string(i), problem));
  for (auto [key, list] : {std::pair{"routes", &l.routes}, std::pair{"returned", &l.returned}}) {
    const json& routes = f.array(key, true);
    for (std::size_t i = 0; i < routes.size() && f.ok(); ++i)
      list->push_back(stored_route_from(routes[i], where + " " + key + " " + std::to_string(i), problem));
  }
  return l;
}

StoredUsesrc usesrc_from(const json& j, const std::string& where, std::string& problem) {
  StoreFields f(j, where, problem);
  StoredUsesrc u;
  u.index = static_cast<int>(f.number("index", 1, INT32_MAX));
  u.name = f.name("name");
  u.source_index = static_cast<int>(f.number("source_index", 1, INT32_MAX));
  u.source_name = f.name("source_name");
  // Absent: inet, as stores written before IPv6 had a usesrc say.
  u.family = f.family("family", AF_INET);
  return u;
}

}  // namespace

std::string store_to_json(const StoreDoc& doc) {
  json links = json::array();
  for (const auto& l : doc.links) links.push_back(link_json(l));
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

Result<StoreDoc> store_from_json(std::string_view text) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) return error("not JSON");
  std::string problem;
  StoreFields f(j, "store", problem);
  f.number("version", 1, 1);
  StoreDoc doc;
  doc.netns_cookie = f.number("netns_cookie", 0, UINT64_MAX, 0);
  const json& links = f.array("links");
  for (std::size_t i = 0; i < links.size() && problem.empty(); ++i)
    doc.links.push_back(link_from(links[i], "link " + std::to_string(i), problem));
  const json& usesrc = f.array("usesrc", true);
  for (std::size_t i = 0; i < usesrc.size() && problem.empty(); ++i)
    doc.usesrc.push_back(usesrc_from(usesrc[i], "usesrc " + std::to_string(i), problem));
  if (!problem.empty()) return error(problem);
  return doc;
}

void reconcile_link(StoredLink& sl, std::span<const Addr> addrs, bool read_inet, bool read_inet6) {
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
