#include "lib/ifconfig/lif_store.h"

#include <sys/socket.h>

#include <algorithm>
#include <cstdint>
#include <set>

#include "lib/common/ifname.h"
#include "lib/ifconfig/indented_json.h"
#include "lib/ifconfig/store_fields.h"
#include "lib/ifconfig/stored_routes.h"

namespace solnet {

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

// Members in key order (lib/ifconfig/indented_json.h): the file reads as
// nlohmann wrote it.
void put_addr(IndentedJson& w, std::string_view key, const std::optional<InetAddr>& a) {
  w.key(key);
  if (a && a->family) w.value(a->str());
  else w.null();
}

void put_lif(IndentedJson& w, const StoredLif& s) {
  w.begin_object();
  put_addr(w, "address", s.address);
  // An installed record is small (installed_record): every IPv6 address
  // has one.
  if (!s.installed) {
    put_addr(w, "broadcast", s.broadcast);
    put_addr(w, "destination", s.destination);
  }
  w.member("family", s.family == AF_INET6 ? "inet6" : "inet");
  if (s.flags) w.member("flags", s.flags);
  w.member("installed", s.installed);
  if (!s.installed) {
    w.member("metric", s.metric);
    w.member("prefixlen", s.prefixlen);
  }
  w.member("unit", s.unit);
  if (!s.installed) w.member("up", s.up);
  w.end_object();
}

void put_link(IndentedJson& w, const StoredLink& l) {
  w.begin_object();
  w.member("flags4", l.flags4);
  w.member("flags6", l.flags6);
  w.member("index", l.index);
  w.member("inet_unplumbed", l.inet_unplumbed);
  w.key("lifs").begin_array();
  for (const auto& s : l.lifs) put_lif(w, s);
  w.end_array();
  w.member("name", store_name_json(l.name));
  put_addr(w, "physical6", l.physical6);
  w.key("returned");
  put_stored_routes(w, l.returned);
  w.key("routes");
  put_stored_routes(w, l.routes);
  w.end_object();
}

void put_usesrc(IndentedJson& w, const StoredUsesrc& u) {
  w.begin_object();
  if (u.family == AF_INET6) w.member("family", "inet6");
  w.member("index", u.index);
  w.member("name", store_name_json(u.name));
  w.member("source_index", u.source_index);
  w.member("source_name", store_name_json(u.source_name));
  w.end_object();
}

StoredLif lif_from(const JsonTree& j, const std::string& where, std::string& problem) {
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

StoredLink link_from(const JsonTree& j, const std::string& where, std::string& problem) {
  StoreFields f(j, where, problem);
  StoredLink l;
  l.index = static_cast<int>(f.number("index", 1, INT32_MAX));
  l.name = f.name("name");
  l.inet_unplumbed = f.boolean("inet_unplumbed", false);
  l.flags4 = f.number("flags4", 0, UINT64_MAX, 0);
  l.flags6 = f.number("flags6", 0, UINT64_MAX, 0);
  if (auto a = f.address("physical6", AF_INET6)) l.physical6 = *a;
  const auto& lifs = f.array("lifs");
  for (std::size_t i = 0; i < lifs.size() && f.ok(); ++i)
    l.lifs.push_back(lif_from(lifs[i], where + " lif " + std::to_string(i), problem));
  for (auto [key, list] : {std::pair{"routes", &l.routes}, std::pair{"returned", &l.returned}}) {
    const auto& routes = f.array(key, true);
    for (std::size_t i = 0; i < routes.size() && f.ok(); ++i)
      list->push_back(stored_route_from(routes[i], where + " " + key + " " + std::to_string(i), problem));
  }
  return l;
}

StoredUsesrc usesrc_from(const JsonTree& j, const std::string& where, std::string& problem) {
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

// Written as it goes, not built as a document: the store holds a record
// for every IPv6 address of the system and is rewritten on every change.
std::string store_to_json(const StoreDoc& doc) {
  std::string out;
  IndentedJson w(out, 1);
  w.begin_object();
  w.key("links").begin_array();
  for (const auto& l : doc.links) put_link(w, l);
  w.end_array();
  if (doc.netns_cookie) w.member("netns_cookie", doc.netns_cookie);
  w.key("usesrc").begin_array();
  for (const auto& u : doc.usesrc) put_usesrc(w, u);
  w.end_array();
  w.member("version", 1);
  w.end_object();
  out += '\n';
  return out;
}

Result<StoreDoc> store_from_json(std::string_view text) {
  // A tree of its own, not nlohmann's: the store is read on every change
  // and holds a record for every IPv6 address of the system.
  const std::optional<JsonTree> j = parse_json_tree(text);
  if (!j) return error("not JSON");
  return store_from_tree(*j);
}

Result<StoreDoc> store_from_tree(const JsonTree& j) {
  std::string problem;
  StoreFields f(j, "store", problem);
  f.number("version", 1, 1);
  StoreDoc doc;
  doc.netns_cookie = f.number("netns_cookie", 0, UINT64_MAX, 0);
  const auto& links = f.array("links");
  for (std::size_t i = 0; i < links.size() && problem.empty(); ++i)
    doc.links.push_back(link_from(links[i], "link " + std::to_string(i), problem));
  const auto& usesrc = f.array("usesrc", true);
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
