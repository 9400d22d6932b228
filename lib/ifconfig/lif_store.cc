#include "lib/ifconfig/lif_store.h"

#include <sys/socket.h>

#include <algorithm>
#include <cstdint>
#include <set>
#include <nlohmann/json.hpp>

#include "lib/common/ifname.h"

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

// Link names may hold any byte but '/' and NUL; JSON strings must be UTF-8.
// Bytes outside printable ASCII, and '%' itself, are written %XX.
std::string name_json(std::string_view name) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : name) {
    if (c > 0x20 && c < 0x7f && c != '%') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::optional<std::string> name_from(std::string_view s) {
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out += s[i];
      continue;
    }
    if (i + 2 >= s.size()) return std::nullopt;
    int hi = digit(s[i + 1]), lo = digit(s[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  if (out.empty() || out.size() > kIfNameMax || out.find('\0') != std::string::npos) return std::nullopt;
  return out;
}

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
          {"name", name_json(l.name)},
          {"inet_unplumbed", l.inet_unplumbed},
          {"flags4", l.flags4},
          {"flags6", l.flags6},
          {"physical6", addr_json(l.physical6)},
          {"lifs", std::move(lifs)}};
}

// One JSON object's fields, each checked for its type and range; the first
// problem is kept and named, and later reads are no-ops.
class Fields {
 public:
  Fields(const json& j, std::string where, std::string& problem) : j_(j), where_(std::move(where)), problem_(problem) {
    if (!j_.is_object()) bad("not an object");
  }

  // An unsigned integer field in [lo, hi]; `dflt` when absent (nullopt:
  // required).
  uint64_t number(const char* key, uint64_t lo, uint64_t hi, std::optional<uint64_t> dflt = std::nullopt) {
    const json* v = field(key, dflt.has_value());
    if (!v) return dflt.value_or(lo);
    if (!v->is_number_unsigned()) return bad(key, "not a non-negative integer"), lo;
    uint64_t n = v->get<uint64_t>();
    if (n < lo || n > hi) return bad(key, std::to_string(n) + " out of range"), lo;
    return n;
  }
  bool boolean(const char* key, std::optional<bool> dflt = std::nullopt) {
    const json* v = field(key, dflt.has_value());
    if (!v) return dflt.value_or(false);
    if (!v->is_boolean()) return bad(key, "not true or false"), false;
    return v->get<bool>();
  }
  std::string name(const char* key) {
    const json* v = field(key, false);
    if (!v) return {};
    std::optional<std::string> n;
    if (v->is_string()) n = name_from(v->get<std::string>());
    if (!n) return bad(key, "not an interface name"), std::string();
    return *n;
  }
  // An address of `family` or null; absent is null.
  std::optional<InetAddr> address(const char* key, int family) {
    const json* v = field(key, true);
    if (!v || v->is_null()) return std::nullopt;
    std::optional<InetAddr> a;
    if (v->is_string()) a = parse_inet(v->get<std::string>(), family);
    if (!a) bad(key, "not an address of its family");
    return a;
  }
  const json& array(const char* key, bool optional = false) {
    static const json empty = json::array();
    const json* v = field(key, optional);
    if (!v) return empty;
    if (!v->is_array()) return bad(key, "not an array"), empty;
    return *v;
  }
  // inet or inet6; `dflt` when absent (nullopt: required).
  int family(const char* key, std::optional<int> dflt = std::nullopt) {
    const json* v = field(key, dflt.has_value());
    if (!v) return dflt.value_or(AF_INET);
    if (*v == "inet") return AF_INET;
    if (*v == "inet6") return AF_INET6;
    bad(key, "neither inet nor inet6");
    return AF_INET;
  }
  bool ok() const { return problem_.empty(); }

 private:
  const json* field(const char* key, bool optional) {
    if (!ok()) return nullptr;
    auto it = j_.find(key);
    if (it != j_.end()) return &*it;
    if (!optional) bad(key, "missing");
    return nullptr;
  }
  void bad(const std::string& what) {
    if (ok()) problem_ = where_ + ": " + what;
  }
  void bad(const char* key, const std::string& what) { bad(std::string(key) + " " + what); }

  const json& j_;
  std::string where_;
  std::string& problem_;
};

StoredLif lif_from(const json& j, const std::string& where, std::string& problem) {
  Fields f(j, where, problem);
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
  Fields f(j, where, problem);
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
  return l;
}

StoredUsesrc usesrc_from(const json& j, const std::string& where, std::string& problem) {
  Fields f(j, where, problem);
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
            {"name", name_json(u.name)},
            {"source_index", u.source_index},
            {"source_name", name_json(u.source_name)}};
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
  Fields f(j, "store", problem);
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
