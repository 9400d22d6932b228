#include "lib/route/table6_text.h"

#include <sys/socket.h>

#include <charconv>

#include "lib/route/printf_text.h"
#include "lib/route/split_words.h"

namespace solnet {

namespace {

// RTF_* bits of /proc/net/ipv6_route (linux/route.h, linux/ipv6_route.h).
constexpr uint32_t kCache = 0x01000000;

struct FlagLetter {
  uint32_t bit;
  char letter;
};

// net-tools' order: U ! G H D A C a e m n f.
constexpr FlagLetter kLetters[] = {
    {0x0001, 'U'},     {0x0200, '!'},     {0x0002, 'G'},     {0x0004, 'H'},
    {0x00010000, 'D'}, {0x00040000, 'A'}, {kCache, 'C'},     {0x00020000, 'a'},
    {0x00400000, 'e'}, {0x0020, 'm'},     {0x00200000, 'n'}, {0x02000000, 'f'},
};

bool hex32(std::string_view s, uint32_t& v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v, 16);
  return ec == std::errc() && p == s.data() + s.size();
}

bool hex_addr(std::string_view s, InetAddr& a) {
  if (s.size() != 32) return false;
  a.family = AF_INET6;
  for (std::size_t i = 0; i < 16; ++i) {
    uint32_t byte;
    if (!hex32(s.substr(i * 2, 2), byte)) return false;
    a.bytes[i] = static_cast<uint8_t>(byte);
  }
  return true;
}

bool v4_mapped(const InetAddr& a) {
  for (int i = 0; i < 10; ++i)
    if (a.bytes[i]) return false;
  return a.bytes[10] == 0xff && a.bytes[11] == 0xff;
}

// net-tools' fix_v4_address(): a v4-mapped address prints as its dotted
// part alone.
std::string unmapped(const InetAddr& a, std::string s) {
  if (!v4_mapped(a)) return s;
  auto dot = s.find('.');
  if (dot == std::string::npos) return s;
  auto colon = s.rfind(':', dot);
  return colon == std::string::npos ? s : s.substr(colon + 1);
}

std::string v6_name(const InetAddr& a, bool numeric, NameLookup& names) {
  if (numeric) return unmapped(a, a.str());
  if (a.is_zero()) return "[::]";
  auto name = names.host_name(a);
  return unmapped(a, name ? *name : a.str());
}

}  // namespace

std::vector<Ipv6ProcRow> parse_ipv6_route(std::string_view text) {
  std::vector<Ipv6ProcRow> rows;
  for (auto line : split_lines(text)) {
    auto f = split_words(line);
    if (f.size() != 10) continue;
    Ipv6ProcRow r;
    uint32_t len;
    if (!hex_addr(f[0], r.dst) || !hex32(f[1], len) || len > 128 || !hex_addr(f[4], r.nexthop) ||
        !hex32(f[5], r.metric) || !hex32(f[6], r.refcnt) || !hex32(f[7], r.use) || !hex32(f[8], r.flags))
      continue;
    r.dst_len = static_cast<int>(len);
    r.iface = std::string(f[9]);
    rows.push_back(std::move(r));
  }
  return rows;
}

std::string render_inet6_table(const std::vector<Ipv6ProcRow>& rows, bool numeric, NameLookup& names) {
  std::string out =
      "Kernel IPv6 routing table\n"
      "Destination                    Next Hop                   Flag Met Ref  Use If\n";
  for (const auto& r : rows) {
    if (r.flags & kCache) continue;
    std::string flags;
    for (const auto& l : kLetters)
      if (r.flags & l.bit) flags += l.letter;
    const std::string dst = v6_name(r.dst, numeric, names) + "/" + std::to_string(r.dst_len);
    const std::string nh = v6_name(r.nexthop, numeric, names);
    // net-tools reads the kernel's hex fields into ints.
    out += printf_text("%-30s %-26s %-4s %-3d %-1d %6d %s\n", dst.c_str(), nh.c_str(),
                       flags.c_str(), static_cast<int>(r.metric), static_cast<int>(r.refcnt),
                       static_cast<int>(r.use), r.iface.c_str());
  }
  return out;
}

}  // namespace solnet
