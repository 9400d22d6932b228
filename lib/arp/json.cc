#include "lib/arp/json.h"

#include "lib/arp/hwtype.h"
#include "lib/common/json_writer.h"

namespace solnet {

namespace {

// Members in byte order of their names: the order the schema's first
// implementation (a sorted map) gave them, which scripts may have matched.
void write_entry(JsonWriter& w, const ArpEntry& e) {
  const bool known = e.proxy || is_resolved(e.state);
  w.begin_object();
  w.member("address", e.addr.str());
  w.member("authority", e.authority);
  w.member("hostname", e.hostname);
  if (e.ifname.empty()) w.null_member("hw_type");
  else w.member("hw_type", hwtype_name(e.hwtype));
  if (e.ifname.empty()) w.null_member("interface");
  else w.member("interface", e.ifname);
  if (known && !e.lladdr.empty()) w.member("mac", ether_colon(e.lladdr));
  else w.null_member("mac");
  w.member("published", e.proxy);
  w.member("state", state_name(e.state));
  w.member("whole_interface", e.whole_link);
  w.end_object();
}

}  // namespace

std::string render_arp_json(const std::vector<ArpEntry>& entries) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().key("entries").begin_array();
  for (const auto& e : entries) write_entry(w, e);
  w.end_array().member("schema_version", kArpSchemaVersion).end_object();
  out += '\n';
  return out;
}

}  // namespace solnet
