#include "lib/ifconfig/json.h"

#include <sys/socket.h>

#include "lib/ifconfig/sol_flags.h"
#include "lib/ifconfig/stream.h"

namespace solnet {

// Members in byte order of their names: the order the schema's first
// implementation (a sorted map) gave them, which scripts may have matched.
void write_lif_json(JsonWriter& w, const Lif& l) {
  const bool v4 = l.family == AF_INET;
  InetBuf buf;
  const auto addr = [&](std::string_view name, const std::optional<InetAddr>& a) {
    if (a) w.member(name, inet_text(*a, buf));
    else w.null_member(name);
  };
  w.begin_object();
  addr("address", l.address);
  addr("broadcast", l.broadcast);
  addr("destination", l.destination);
  if (l.ether) w.member("ether", ether_colon(*l.ether));
  else w.null_member("ether");
  w.member("family", v4 ? "inet" : "inet6");
  w.key("flags").begin_object().key("names").begin_array();
  for (const auto& f : sflag::table())
    if (l.flags & f.bit) w.value(f.name);
  w.end_array().member("value", l.flags).end_object();
  w.member("in_kernel", l.installed);
  w.member("index", l.index);
  if (v4 && l.installed && l.address) w.member("label", l.label);
  else w.null_member("label");
  w.member("labelled", l.labelled);
  w.member("metric", l.metric);
  w.member("mtu", l.mtu);
  w.member("name", l.name);
  w.member("netmask", inet_text(prefix_to_mask(l.family, l.prefixlen), buf));
  w.member("physical", l.phys);
  w.member("prefix_length", l.prefixlen);
  w.key("srcof").begin_array();
  for (const auto& s : l.srcof) w.value(s);
  w.end_array();
  w.member("unit", l.unit);
  w.member("up", (l.flags & sflag::UP) != 0);
  if (l.usesrc.empty()) w.null_member("usesrc");
  else w.member("usesrc", l.usesrc);
  w.end_object();
}

std::string render_json(const std::vector<Lif>& lifs) {
  StringSink sink;
  LifPrinter p(sink, true);
  for (const auto& l : lifs) p.add(l);
  p.finish();
  return sink.take();
}

}  // namespace solnet
