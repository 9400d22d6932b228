// Running an arp command line against the system: what it reads and
// changes (the kernel behind interfaces tests fake), returned as the model
// lib/arp/present.h prints.
#pragma once

#include <functional>
#include <string>

#include "lib/arp/args.h"
#include "lib/arp/outcome.h"
#include "lib/common/sink.h"
#include "src/arp/arp_kernel.h"
#include "src/common/kernel.h"

namespace solnet {

struct ArpSystem {
  Kernel& kernel;          // links and addresses
  ArpKernel& neigh;
  NameLookup& names;
  bool privileged;         // may change the neighbour table
  std::function<Result<std::string>(const std::string&)> read_file;  // -f
};

// The display forms write their rows into `shown` as they read them.
Result<ArpOutcome> run_arp(const ArpArgs& args, ArpSystem& sys, Sink& shown);

// The whole of a file, or "PATH: <strerror>".
Result<std::string> read_text_file(const std::string& path);

}  // namespace solnet
