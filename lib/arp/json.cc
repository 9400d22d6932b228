#include "lib/arp/json.h"

#include "lib/arp/hwtype.h"
#include "lib/common/columns.h"

namespace solnet {

ArpJsonWriter::ArpJsonWriter(std::string& out) : out_(&out), w_(out) { out += "{\"entries\":["; }

// Written by hand but for the names: the members are the same for every
// entry, so their keys and punctuation are constant text. Members in byte
// order of their names: the order the schema's first implementation (a
// sorted map) gave them, which scripts may have matched.
void ArpJsonWriter::entry(const ArpEntry& e) {
  std::string& out = *out_;
  const bool known = e.proxy || is_resolved(e.state);
  out += first_ ? "{\"address\":\"" : ",{\"address\":\"";
  first_ = false;
  append_dotted(out, e.addr.v4());
  out += e.authority ? "\",\"authority\":true,\"hostname\":" : "\",\"authority\":false,\"hostname\":";
  if (e.hostname) w_.value(*e.hostname);
  else out += "null";
  if (e.ifname.empty()) {
    out += ",\"hw_type\":null,\"interface\":null";
  } else {
    out += ",\"hw_type\":";
    w_.value(hwtype_name(e.hwtype));
    out += ",\"interface\":";
    w_.value(e.ifname);
  }
  if (known && !e.lladdr.empty()) {
    out += ",\"mac\":\"";
    append_ether_colon(out, e.lladdr);
    out += '"';
  } else {
    out += ",\"mac\":null";
  }
  out += e.proxy ? ",\"published\":true,\"state\":\"" : ",\"published\":false,\"state\":\"";
  out += state_name(e.state);
  out += e.whole_link ? "\",\"whole_interface\":true}" : "\",\"whole_interface\":false}";
}

void ArpJsonWriter::end() {
  *out_ += "],\"schema_version\":";
  *out_ += std::to_string(kArpSchemaVersion);
  *out_ += "}\n";
}

}  // namespace solnet
