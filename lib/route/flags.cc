#include "lib/route/flags.h"

#include <linux/rtnetlink.h>

namespace solnet {

std::string bracket_names(uint32_t bits, std::span<const BitName> table) {
  std::string s;
  for (const auto& n : table) {
    if (!(bits & n.bit)) continue;
    s += s.empty() ? '<' : ',';
    s += n.name;
  }
  return s.empty() ? s : s + ">";
}

}  // namespace solnet

namespace solnet::rtflag {

namespace {

constexpr BitName kNames[] = {
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

std::span<const BitName> all() { return kNames; }

std::string bracketed(uint32_t flags) { return bracket_names(flags, kNames); }

}  // namespace solnet::rtflag
