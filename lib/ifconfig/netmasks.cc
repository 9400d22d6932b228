#include "lib/ifconfig/netmasks.h"

#include <sys/socket.h>

#include <algorithm>

#include <optional>
#include <string>

#include "lib/common/inet_addr.h"

namespace solnet {

// Network numbers may leave out trailing zero octets ("128.32").
static std::optional<uint32_t> parse_network(std::string_view s) {
  std::string full(s);
  for (auto dots = std::count(s.begin(), s.end(), '.'); dots < 3; ++dots) full += ".0";
  auto a = parse_inet(full, AF_INET);
  if (!a) return std::nullopt;
  return a->v4();
}

static std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

std::vector<NetmaskEntry> parse_netmasks(std::string_view text) {
  std::vector<NetmaskEntry> table;
  while (!text.empty()) {
    auto nl = text.find('\n');
    auto line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    line = line.substr(0, line.find('#'));
    auto f = fields(line);
    if (f.size() < 2) continue;
    auto net = parse_network(f[0]);
    auto mask = parse_netmask4(f[1]);
    if (!net || !mask || f[1][0] == '/') continue;
    table.push_back({*net, *mask});
  }
  return table;
}

int netmask_lookup(const std::vector<NetmaskEntry>& table, uint32_t addr) {
  for (int len = 32; len >= 0; --len) {
    uint32_t key = addr & prefix_to_mask4(len);
    for (const auto& e : table)
      if (e.network == key) return e.prefix;
  }
  return classful_prefix4(addr);
}

}  // namespace solnet
