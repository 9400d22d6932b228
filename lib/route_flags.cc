#include "route_flags.h"

#include <linux/rtnetlink.h>

namespace solnet::rtflag {

namespace {

struct Name {
  uint32_t bit;
  std::string_view name;
};

constexpr Name kNames[] = {
    {UP, "UP"},         {GATEWAY, "GATEWAY"},     {HOST, "HOST"},     {REJECT, "REJECT"},
    {DONE, "DONE"},     {STATIC, "STATIC"},       {BLACKHOLE, "BLACKHOLE"}, {SETSRC, "SETSRC"},
};

}  // namespace

uint32_t of(const Route& r) {
  uint32_t f = UP;
  if (r.has_gateway()) f |= GATEWAY;
  if (r.is_host()) f |= HOST;
  if (r.type == RTN_UNREACHABLE || r.type == RTN_PROHIBIT) f |= REJECT;
  if (r.type == RTN_BLACKHOLE) f |= BLACKHOLE;
  if (r.protocol == RTPROT_BOOT || r.protocol == RTPROT_STATIC) f |= STATIC;
  if (r.prefsrc && r.protocol != RTPROT_KERNEL) f |= SETSRC;
  return f;
}

std::vector<std::string_view> names(uint32_t flags) {
  std::vector<std::string_view> out;
  for (const auto& n : kNames)
    if (flags & n.bit) out.push_back(n.name);
  return out;
}

std::string bracketed(uint32_t flags) {
  std::string s;
  for (auto n : names(flags)) {
    s += s.empty() ? '<' : ',';
    s += n;
  }
  if (!s.empty()) s += '>';
  return s;
}

}  // namespace solnet::rtflag
