#include "lib/ifconfig/short_list.h"

#include <net/if.h>

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "lib/common/json_writer.h"

namespace solnet {

namespace {

// IFF_DYNAMIC is in <linux/if.h>, which clashes with <net/if.h>.
constexpr unsigned kIffDynamic = 0x8000;

// ife_print_short's letters, in its order (P is both PROMISC and POINTOPOINT).
constexpr std::pair<unsigned, char> kLetters[] = {
    {IFF_ALLMULTI, 'A'}, {IFF_BROADCAST, 'B'}, {IFF_DEBUG, 'D'},    {IFF_LOOPBACK, 'L'},
    {IFF_MULTICAST, 'M'}, {kIffDynamic, 'd'},  {IFF_PROMISC, 'P'},  {IFF_NOTRAILERS, 'N'},
    {IFF_NOARP, 'O'},     {IFF_POINTOPOINT, 'P'}, {IFF_SLAVE, 's'}, {IFF_MASTER, 'm'},
    {IFF_RUNNING, 'R'},   {IFF_UP, 'U'},
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A name cut as nstrcmp cuts it: stem, trailing number, numeric alias.
struct NameParts {
  std::string_view stem;
  long number = 0;
  std::string_view base;     // stem and number
  long alias_number = -1;    // -1: no alias
  std::string_view alias;
};

long to_number(std::string_view digits) {
  long n = 0;
  for (char c : digits) {
    if (!is_digit(c)) break;
    n = n * 10 + (c - '0');
  }
  return n;
}

NameParts cut(std::string_view name) {
  NameParts p;
  // Only a ":DIGITS" suffix is an alias to nstrcmp.
  size_t end = name.size();
  while (end > 0 && is_digit(name[end - 1])) --end;
  if (end < name.size() && end > 0 && name[end - 1] == ':') {
    p.alias = name.substr(end);
    p.alias_number = to_number(p.alias);
    name = name.substr(0, end - 1);
  }
  p.base = name;
  size_t stem = name.size();
  while (stem > 0 && is_digit(name[stem - 1])) --stem;
  p.stem = name.substr(0, stem);
  p.number = to_number(name.substr(stem));
  return p;
}

std::string letters(unsigned flags) {
  std::string s;
  for (const auto& [bit, letter] : kLetters)
    if (flags & bit) s += letter;
  return s;
}

std::string row_text(const ShortRow& r) {
  char buf[160];
  std::string s;
  std::snprintf(buf, sizeof buf, "%-15.15s %5u ", r.name.c_str(), r.mtu);
  s += buf;
  if (const auto& k = r.stats) {
    std::snprintf(buf, sizeof buf, "%8llu %6llu %6llu %-6llu %8llu %6llu %6llu %6llu ",
                  static_cast<unsigned long long>(k->rx_packets), static_cast<unsigned long long>(k->rx_errors),
                  static_cast<unsigned long long>(k->rx_dropped), static_cast<unsigned long long>(k->rx_fifo_errors),
                  static_cast<unsigned long long>(k->tx_packets), static_cast<unsigned long long>(k->tx_errors),
                  static_cast<unsigned long long>(k->tx_dropped), static_cast<unsigned long long>(k->tx_fifo_errors));
    s += buf;
  } else {
    std::snprintf(buf, sizeof buf, "%-56s", "     - no statistics available -");
    s += buf;
  }
  if (r.flags == 0) s += "[NO FLAGS]";
  return s + letters(r.flags) + "\n";
}

}  // namespace

NetToolsLeading take_net_tools_leading(const std::vector<std::string>& words, bool s_given) {
  NetToolsLeading out{.short_list = s_given, .words = {}};
  size_t i = 0;
  for (; i < words.size() && words[i].starts_with('-'); ++i) {
    if (words[i] == "-s") out.short_list = true;
    else if (words[i] != "-v") out.words.push_back(words[i]);
  }
  out.words.insert(out.words.end(), words.begin() + static_cast<long>(i), words.end());
  return out;
}

Status refuse_sv_clusters(const std::vector<std::string>& words) {
  for (const auto& w : words) {
    if (!w.starts_with('-')) break;
    if (w.size() > 2 && (w[1] == 's' || w[1] == 'v')) return error(w + ": unknown option");
  }
  return {};
}

Result<ShortListRequest> parse_short_list(const std::vector<std::string>& words, bool json) {
  ShortListRequest req;
  req.json = json;
  size_t i = 0;
  if (i < words.size() && words[i] == "-a") {
    req.all = true;
    ++i;
  }
  if (i < words.size() && !words[i].starts_with('-')) req.name = words[i++];
  if (i < words.size())
    return error("-s takes -a or one interface name, not '" + words[i] + "'", 2);
  return req;
}

bool net_tools_name_less(std::string_view a, std::string_view b) {
  const NameParts x = cut(a), y = cut(b);
  if (x.stem != y.stem) return x.stem < y.stem;
  if (x.number != y.number) return x.number < y.number;
  return std::tie(x.base, x.alias_number, x.alias) < std::tie(y.base, y.alias_number, y.alias);
}

std::optional<std::vector<ShortRow>> short_rows(const std::vector<Link>& links, const std::vector<Addr>& addrs4,
                                                const ShortListRequest& req) {
  std::vector<ShortRow> rows;
  for (const auto& l : links) {
    rows.push_back({l.name, l.mtu, l.flags, l.stats});
    // The label of an address is a row of its own (net-tools' aliases),
    // with the link's MTU and flags.
    for (const auto& a : addrs4)
      if (a.ifindex == l.index && !a.label.empty() && a.label != l.name &&
          std::none_of(rows.begin(), rows.end(), [&](const ShortRow& r) { return r.name == a.label; }))
        rows.push_back({a.label, l.mtu, l.flags, std::nullopt});
  }
  if (req.name) {
    std::erase_if(rows, [&](const ShortRow& r) { return r.name != *req.name; });
    if (rows.empty()) return std::nullopt;
    return rows;
  }
  if (!req.all) std::erase_if(rows, [](const ShortRow& r) { return !(r.flags & IFF_UP); });
  std::stable_sort(rows.begin(), rows.end(),
                   [](const ShortRow& x, const ShortRow& y) { return net_tools_name_less(x.name, y.name); });
  return rows;
}

std::string short_list_text(const std::vector<ShortRow>& rows) {
  std::string s = "Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n";
  for (const auto& r : rows) s += row_text(r);
  return s;
}

std::string short_list_json(const std::vector<ShortRow>& rows) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().member("schema_version", 1).key("short_list").begin_array();
  for (const auto& r : rows) {
    w.begin_object().member("ifname", r.name).member("mtu", r.mtu).member("flg", letters(r.flags));
    if (const auto& k = r.stats) {
      w.key("rx").begin_object()
          .member("packets", k->rx_packets).member("bytes", k->rx_bytes).member("errors", k->rx_errors)
          .member("dropped", k->rx_dropped).member("overruns", k->rx_fifo_errors).member("multicast", k->multicast)
          .end_object();
      w.key("tx").begin_object()
          .member("packets", k->tx_packets).member("bytes", k->tx_bytes).member("errors", k->tx_errors)
          .member("dropped", k->tx_dropped).member("overruns", k->tx_fifo_errors).member("collisions", k->collisions)
          .end_object();
    }
    w.end_object();
  }
  w.end_array().end_object();
  return out + "\n";
}

}  // namespace solnet
