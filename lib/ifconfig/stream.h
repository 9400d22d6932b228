// A display written into a Sink one logical interface at a time, as
// render_text and render_json print a whole list: the caller hands over
// each stanza as it is made, so no list of the system's is kept.
#pragma once

#include "lib/common/json_writer.h"
#include "lib/common/sink.h"
#include "lib/ifconfig/lif.h"
#include "lib/ifconfig/sol_flags.h"

namespace solnet {

class LifPrinter {
 public:
  LifPrinter(Sink& sink, bool json) : sink_(sink), json_(json), w_(sink.text) {}
  void add(const Lif& l);
  // The end of the JSON document (text has none); the sink keeps it until
  // its owner passes it on.
  void finish();

 private:
  void start();

  Sink& sink_;
  bool json_;
  bool started_ = false;
  JsonWriter w_;
  sflag::FormatCache flags_;
};

}  // namespace solnet
