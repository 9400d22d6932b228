#include "lib/ifconfig/json.h"

#include <sys/socket.h>

#include "lib/common/json_writer.h"
#include "lib/ifconfig/sol_flags.h"

namespace solnet {

namespace {

// Members in byte order of their names: the order the schema's first
// implementation (a sorted map) gave them, which scripts may have matched.
void write_lif(JsonWriter& w, const Lif& l) {
  const bool v4 = l.family == AF_INET;
  const auto addr = [&](std::string_view name, const std::optional<InetAddr>& a) {
    if (a) w.member(name, a->str());
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
  for (auto n : sflag::names(l.flags)) w.value(n);
  w.end_array().member("value", l.flags).end_object();
  w.member("in_kernel", l.installed);
  w.member("index", l.index);
  if (v4 && l.installed && l.address) w.member("label", l.label);
  else w.null_member("label");
  w.member("labelled", l.labelled);
  w.member("metric", l.metric);
  w.member("mtu", l.mtu);
  w.member("name", l.name);
  w.member("netmask", prefix_to_mask(l.family, l.prefixlen).str());
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

}  // namespace

std::string render_json(const std::vector<Lif>& lifs) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("interfaces").begin_array();
  for (const auto& l : lifs) write_lif(w, l);
  w.end_array().member("schema_version", kIfconfigSchemaVersion).end_object();
  out += '\n';
  return out;
}

}  // namespace solnet
