#include "src/arp/command.h"

#include <errno.h>
#include <string.h>

#include "lib/common/escape.h"
#include "src/arp/change.h"
#include "src/arp/show.h"
#include "src/common/safe_file.h"

namespace solnet {

Result<std::string> read_text_file(const std::string& path) {
  auto text = read_regular(path);
  if (!text) return text.error();
  if (!*text) return error(printable(path) + ": " + strerror(ENOENT));
  return std::move(**text);
}

namespace {

// One form's model, or its Error, as the outcome.
template <class T>
Result<ArpOutcome> outcome(Result<T> r) {
  if (!r) return r.error();
  return ArpOutcome(std::move(*r));
}

}  // namespace

Result<ArpOutcome> run_arp(const ArpArgs& args, ArpSystem& sys, Sink& shown) {
  switch (args.mode) {
    case ArpMode::help: return ArpOutcome(ArpUsage{});
    case ArpMode::set: return outcome(set_arp(args, sys));
    case ArpMode::del: return outcome(delete_arp(args, sys));
    case ArpMode::file: return outcome(file_arp(args, sys));
    case ArpMode::query:
    case ArpMode::table:
    case ArpMode::list: return outcome(show_arp(args, sys, shown));
  }
  return error("unknown arp mode");  // unreachable: every mode is above
}

}  // namespace solnet
