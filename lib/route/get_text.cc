#include "lib/route/get_text.h"

#include <linux/rtnetlink.h>

#include "lib/route/flags.h"
#include "lib/route/printf_text.h"
#include "lib/route/sol_names.h"

namespace solnet {

namespace {

struct Column {
  uint32_t value;
  int rtax;  // 0: never locked
};

std::string metrics_row(const Route& r, const GetFacts& facts) {
  const RouteMetrics& m = r.metrics;
  const Column cols[] = {
      {m.window.value_or(0), RTAX_WINDOW},
      {0, 0},
      {m.ssthresh.value_or(0), RTAX_SSTHRESH},
      {m.rtt.value_or(0) / 8, RTAX_RTT},
      {m.rttvar.value_or(0) / 4, RTAX_RTTVAR},
      {m.hoplimit.value_or(0), RTAX_HOPLIMIT},
      {m.mtu.value_or(facts.link_mtu), RTAX_MTU},
      {r.expires.value_or(0), 0},
  };
  std::string row;
  for (std::size_t i = 0; i < std::size(cols); ++i) {
    const char lock = cols[i].rtax && (m.locks & (1u << cols[i].rtax)) ? 'L' : ' ';
    row += printf_text(i + 1 < std::size(cols) ? "%8d%c " : "%8d%c", static_cast<int>(cols[i].value), lock);
  }
  return row + "\n";
}

}  // namespace

std::string render_get(const InetAddr& asked, const Route& r, const GetFacts& facts, bool numeric, NameLookup& names) {
  const uint32_t flags = rtflag::of(r) | rtflag::DONE;
  std::string s = "   route to: " + sol_routename(asked, numeric, names) + "\n";
  s += "destination: " + sol_routename(r.dst, numeric, names) + "\n";
  s += "       mask: " + sol_routename(prefix_to_mask(r.dst.family, r.dst_len), true, names) + "\n";
  if (flags & rtflag::GATEWAY) s += "    gateway: " + sol_routename(r.gateway, numeric, names) + "\n";
  if ((flags & rtflag::SETSRC) && r.prefsrc) s += "     setsrc: " + sol_routename(*r.prefsrc, numeric, names) + "\n";
  if (!facts.interface.empty()) s += "  interface: " + facts.interface + "\n";
  s += "      flags: " + rtflag::bracketed(flags) + "\n";
  s += " recvpipe  sendpipe  ssthresh    rtt,ms rttvar,ms  hopcount      mtu     expire\n";
  return s + metrics_row(r, facts);
}

}  // namespace solnet
