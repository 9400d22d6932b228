// A valid argument per ArgKind for arp's table tests: each row's declared
// argument words, to check what its parser consumes.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lib/common/keyword.h"

namespace solnet::fixture {

inline std::vector<std::string> arp_sample_args(const KeywordInfo& k) {
  if (k.arg == Arg::none) return {};
  switch (k.kind) {
    case ArgKind::word: return {"ether"};  // -H, arp's one free word
    case ArgKind::number: return {"1500"};
    case ArgKind::address: return {"10.0.0.1"};
    case ArgKind::netmask: return {"255.255.255.255"};  // arp takes it or 0.0.0.0
    case ArgKind::interface: return {"v0"};
    case ArgKind::ether: return {"2:0:0:0:0:1"};
    case ArgKind::host: return {"10.0.0.2"};
    case ArgKind::file: return {"/etc/ethers"};
    case ArgKind::choice: return {std::string(k.choices.substr(0, k.choices.find(' ')))};
    case ArgKind::none: break;
  }
  FAIL("no sample for the argument of " << k.name);
  return {};
}

}  // namespace solnet::fixture
