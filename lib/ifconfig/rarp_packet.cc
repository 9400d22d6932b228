#include "lib/ifconfig/rarp_packet.h"

#include <net/if_arp.h>
#include <sys/socket.h>

#include <algorithm>
#include <charconv>

namespace solnet {

namespace {

constexpr uint16_t kOpRequestReverse = 3;
constexpr uint16_t kOpReplyReverse = 4;
constexpr uint16_t kProtoIp = 0x0800;
constexpr std::size_t kHeader = 8;                   // hrd, pro, hln, pln, op
constexpr std::size_t kLength = kHeader + 2 * (6 + 4);  // sha spa tha tpa

void put16(std::vector<uint8_t>& p, std::size_t at, uint16_t v) {
  p[at] = static_cast<uint8_t>(v >> 8);
  p[at + 1] = static_cast<uint8_t>(v);
}

uint16_t get16(const std::vector<uint8_t>& p, std::size_t at) {
  return static_cast<uint16_t>((p[at] << 8) | p[at + 1]);
}

}  // namespace

std::vector<uint8_t> rarp_request(const HwAddr& mine) {
  std::vector<uint8_t> p(kLength, 0);
  put16(p, 0, ARPHRD_ETHER);
  put16(p, 2, kProtoIp);
  p[4] = 6;
  p[5] = 4;
  put16(p, 6, kOpRequestReverse);
  std::copy(mine.begin(), mine.end(), p.begin() + kHeader);           // sha
  std::copy(mine.begin(), mine.end(), p.begin() + kHeader + 10);      // tha
  return p;
}

std::optional<InetAddr> rarp_reply_for(const std::vector<uint8_t>& p, const HwAddr& mine) {
  if (p.size() < kLength || mine.size() != 6) return std::nullopt;
  if (get16(p, 0) != ARPHRD_ETHER || get16(p, 2) != kProtoIp || p[4] != 6 || p[5] != 4) return std::nullopt;
  if (get16(p, 6) != kOpReplyReverse) return std::nullopt;
  if (!std::equal(mine.begin(), mine.end(), p.begin() + kHeader + 10)) return std::nullopt;
  auto tpa = InetAddr::from_bytes(AF_INET, p.data() + kHeader + 16);
  if (tpa.is_zero()) return std::nullopt;
  return tpa;
}

static std::optional<int> positive(std::string_view v) {
  int n = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || p != v.data() + v.size() || n <= 0 || n > 3600) return std::nullopt;
  return n;
}

RarpSettings parse_rarp_defaults(std::string_view text) {
  RarpSettings s;
  while (!text.empty()) {
    auto nl = text.find('\n');
    auto line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    auto eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    auto key = line.substr(0, eq);
    auto val = positive(line.substr(eq + 1));
    if (!val) continue;
    if (key == "RARP_RETRIES") s.retries = *val;
    if (key == "RARP_TIMEOUT") s.timeout_ms = *val * 1000;
  }
  return s;
}

}  // namespace solnet
