#include "lib/ifconfig/stream.h"

#include "lib/ifconfig/json.h"
#include "lib/ifconfig/text.h"

namespace solnet {

// The document's head waits for the first stanza or the end, so that a
// display that fails before either prints nothing of it.
void LifPrinter::start() {
  if (started_) return;
  started_ = true;
  if (json_) w_.begin_object().key("interfaces").begin_array();
}

void LifPrinter::add(const Lif& l) {
  start();
  if (json_) write_lif_json(w_, l);
  else render_lif_text(l, sink_.text, flags_);
  sink_.row_done();
}

void LifPrinter::finish() {
  start();
  if (!json_) return;
  w_.end_array().member("schema_version", kIfconfigSchemaVersion).end_object();
  sink_.text += '\n';
}

}  // namespace solnet
