// Running an arp command line against the system: what it reads and
// changes (the kernel behind interfaces tests fake) and what it prints.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "lib/arp/args.h"
#include "lib/arp/host.h"
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

struct ArpOutcome {
  std::string out;                  // stdout
  std::vector<std::string> errors;  // one stderr line each, without "arp: "
  int status = 0;
};

ArpOutcome run_arp(const ArpArgs& args, ArpSystem& sys);

// The whole of a file, or "PATH: <strerror>".
Result<std::string> read_text_file(const std::string& path);

// An outcome of one error line and exit status 1.
ArpOutcome failed(const Error& e);

}  // namespace solnet
