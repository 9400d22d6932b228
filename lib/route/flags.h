// The illumos route flags (RTF_* of route(7P)) that a Linux route maps to,
// in the order route(1M) prints them: "<UP,GATEWAY,HOST,STATIC>".
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "lib/common/route_model.h"

namespace solnet {

struct BitName {
  uint32_t bit;
  std::string_view name;
};

// illumos bprintf(): "<A,B>" for the bits set, in table order; "" for none.
std::string bracket_names(uint32_t bits, std::span<const BitName> table);

}  // namespace solnet

namespace solnet::rtflag {

inline constexpr uint32_t UP = 0x1;
inline constexpr uint32_t GATEWAY = 0x2;
inline constexpr uint32_t HOST = 0x4;
inline constexpr uint32_t REJECT = 0x8;
inline constexpr uint32_t DONE = 0x40;
inline constexpr uint32_t STATIC = 0x800;
inline constexpr uint32_t BLACKHOLE = 0x1000;
inline constexpr uint32_t SETSRC = 0x20000;

// UP always; GATEWAY with a gateway; HOST for a full-length prefix; REJECT
// for unreachable and prohibit; BLACKHOLE; STATIC for routes an
// administrator added (protocols boot and static); SETSRC when a preferred
// source was chosen for the route rather than by the kernel for a
// connected subnet.
uint32_t of(const Route& r);

// Every flag with its name, in the order route(1M) prints them.
std::span<const BitName> all();

// "<UP,GATEWAY>", or "" when no flag is set.
std::string bracketed(uint32_t flags);

}  // namespace solnet::rtflag
