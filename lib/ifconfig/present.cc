#include "lib/ifconfig/present.h"

#include <algorithm>

#include "lib/common/escape.h"
#include "lib/ifconfig/configinfo.h"
#include "lib/ifconfig/json.h"
#include "lib/ifconfig/text.h"

namespace solnet {

namespace {

std::string present_run(const ConfigureResult& r, bool json) {
  std::string out;
  for (const auto& name : r.created) out += "Created new logical interface " + printable(name) + "\n";
  // Replayed in order, a usesrc line needs its source interface made first.
  std::vector<Lif> configinfo = r.configinfo;
  std::stable_partition(configinfo.begin(), configinfo.end(), [](const Lif& l) { return l.usesrc.empty(); });
  for (const auto& l : configinfo) out += configinfo_line(l);
  if (json && !r.ether.empty()) return out + render_json(r.ether);
  for (const auto& l : r.ether) out += render_ether_text(l);
  return out;
}

}  // namespace

Output present_ifconfig(const IfconfigOutcome& o, bool json) {
  Output out;
  out.json = json;
  if (o.shown) out.out = json ? render_json(*o.shown) : render_text(*o.shown);
  for (const auto& r : o.runs) {
    out.out += present_run(r, json);
    out.errors.insert(out.errors.end(), r.warnings.begin(), r.warnings.end());
  }
  return out;
}

}  // namespace solnet
