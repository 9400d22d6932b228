// arp's JSON document (schema: arp.schema.json).
#pragma once

#include <string>

#include "lib/arp/model.h"
#include "lib/common/json_writer.h"

namespace solnet {

inline constexpr int kArpSchemaVersion = 1;

// {"entries":[...],"schema_version":1} on one line, appended to `out` an
// entry at a time as the dump arrives: the head when made, then entry()
// per entry, then end().
class ArpJsonWriter {
 public:
  explicit ArpJsonWriter(std::string& out);
  // A copy writes to the same text: a snapshot to go back to (ArpDisplay).
  ArpJsonWriter(const ArpJsonWriter& o) : out_(o.out_), w_(*o.out_), first_(o.first_) {}
  ArpJsonWriter& operator=(const ArpJsonWriter& o) {
    first_ = o.first_;
    return *this;
  }
  void entry(const ArpEntry& e);
  // The tail and a newline.
  void end();

 private:
  std::string* out_;
  JsonWriter w_;  // at its top level: names, which may need escaping
  bool first_ = true;
};

}  // namespace solnet
